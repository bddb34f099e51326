using System.Globalization;
using System.Text.Json;
using Dapper;
using MinutesIngest.Web;
using MinutesIngest.Storage;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Cli.Tests.Queries;

/// <summary>
/// A scanned document ingested through Tesseract into real PostgreSQL: <c>minutes show</c> (table and JSON) and the
/// meeting web page give its stored mean OCR confidence per page; a born-digital meeting shows none.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ShowOcrConfidenceTests(PostgresFixture postgres)
{
    private const string Scan = "district-brackley-planning-2020-10-scan.pdf";
    private const string Typed = "district-brackley-planning-2020-10.pdf";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _connectionString;

    // One database with the scan (two OCR'd pages) and its born-digital twin, made once for the class's tests; the copies
    // are kept apart (not merged into one meeting) so each can be shown with its own OCR figures.
    private async Task<string> DatabaseAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_connectionString != null) return _connectionString;
            var connectionString = postgres.CreateDatabase();
            var input = Directory.CreateTempSubdirectory("minutes-show-ocr-");
            try
            {
                File.Copy(Path.Combine(CorpusDatabase.Folder, "scanned", Scan), Path.Combine(input.FullName, Scan));
                File.Copy(Path.Combine(CorpusDatabase.Folder, Typed), Path.Combine(input.FullName, Typed));
                await using var database = await MinutesDatabase.OpenAsync(connectionString);
                var report = await new IngestPipeline(database, new InProcessMinutesFileExtractor(), new IngestOptions { MergeCopies = false }).RunAsync(InputFileFinder.Find([input.FullName]));
                Assert.Equal(2, report.Stored);
            }
            finally { input.Delete(recursive: true); }
            return _connectionString = connectionString;
        }
        finally { Gate.Release(); }
    }

    private async Task<float?[]> StoredPageConfidenceAsync(string file)
    {
        await using var database = await MinutesDatabase.OpenAsync(await DatabaseAsync());
        await using var connection = await database.OpenConnectionAsync();
        var text = await connection.QuerySingleAsync<string>(
            "SELECT array_to_string(ocr_page_confidence, ',', 'null') FROM documents WHERE path LIKE @Path", new { Path = "%/" + file });
        return text.Split(',').Select(t => t == "null" ? (float?)null : float.Parse(t, CultureInfo.InvariantCulture)).ToArray();
    }

    private async Task<MinutesProcess.Output> ShowAsync(params string[] args)
    {
        var output = await MinutesProcess.RunAsync(["show", .. args, "--db", await DatabaseAsync()]);
        Assert.True(output.ExitCode == 0, $"exit {output.ExitCode}: {output.Stderr}");
        return output;
    }

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Show_table_gives_the_mean_then_each_pages_ocr_confidence()
    {
        var pages = await StoredPageConfidenceAsync(Scan);

        var table = (await ShowAsync(Scan)).Stdout;

        Assert.Equal(2, pages.Length);
        Assert.All(pages, p => Assert.InRange(p!.Value, 50, 100));
        var expected = $"{F(pages.Average(p => (double)p!.Value))} (p1 {F(pages[0]!.Value)}, p2 {F(pages[1]!.Value)})";
        Assert.Contains("OCR confidence", table);
        Assert.Contains(expected, table);
        Assert.DoesNotContain("OCR confidence", (await ShowAsync(Typed)).Stdout);
    }

    [Fact]
    public async Task Show_json_adds_the_mean_and_per_page_ocr_confidence_to_the_record()
    {
        var pages = await StoredPageConfidenceAsync(Scan);

        using var scan = JsonDocument.Parse((await ShowAsync(Scan, "--format", "json")).Stdout);
        using var typed = JsonDocument.Parse((await ShowAsync(Typed, "--format", "json")).Stdout);

        var root = scan.RootElement;
        Assert.Equal("pdf-ocr", root.GetProperty("format").GetString());
        Assert.Equal(Math.Round(pages.Average(p => (double)p!.Value), 1), root.GetProperty("ocr_confidence").GetDouble());
        Assert.Equal(pages.Select(p => Math.Round((double)p!.Value, 1)), root.GetProperty("ocr_page_confidence").EnumerateArray().Select(e => e.GetDouble()));
        Assert.NotEmpty(root.GetProperty("items").EnumerateArray());
        Assert.False(typed.RootElement.TryGetProperty("ocr_confidence", out _));
        Assert.False(typed.RootElement.TryGetProperty("ocr_page_confidence", out _));
    }

    [Fact]
    public async Task Meeting_page_shows_the_ocr_confidence_per_page()
    {
        await using var database = await MinutesDatabase.OpenAsync(await DatabaseAsync());
        await using var connection = await database.OpenConnectionAsync();
        var scan = (await MeetingQuery.FindAsync(connection, Scan)).Meeting!;
        var typed = (await MeetingQuery.FindAsync(connection, Typed)).Meeting!;

        var html = MeetingPage.Render(scan);

        Assert.Equal(2, scan.OcrPageConfidence.Count);
        Assert.Contains($"<th>OCR confidence</th><td>{F(scan.OcrConfidence!.Value)} (p1 {F(scan.OcrPageConfidence[0]!.Value)}, p2 {F(scan.OcrPageConfidence[1]!.Value)})</td>", html);
        Assert.Empty(typed.OcrPageConfidence);
        Assert.Null(typed.OcrConfidence);
        Assert.DoesNotContain("OCR confidence", MeetingPage.Render(typed));
    }
}
