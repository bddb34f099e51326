using MinutesIngest.Core.Parsing;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Ingest;

/// <summary>Ingest stores each meeting's committee series, reparse fills it in for meetings stored without one, and a trend
/// by series gives one row group per body and series.</summary>
[Collection(PostgresCollection.Name)]
public sealed class MeetingSeriesIngestTests(PostgresFixture postgres)
{
    private static string Minutes(string heading, string date, string topic) => $"""
        {heading}
        Held on {date} at 7pm
        Present: Ann Lee, Bob Ray, Cat Poe
        1. Apologies
        Apologies were received from Dan Orr.
        2. {topic}
        It was agreed to look at the {topic.ToLowerInvariant()} again.
        """;

    private static async Task<IngestHarness> IngestedAsync(PostgresFixture postgres, TempFolder folder)
    {
        folder.Write("a/one.txt", Minutes("Example Parish Council Planning Committee – Minutes", "4 March 2024", "Hedges"));
        folder.Write("a/two.txt", Minutes("Minutes of the Planning Committee of Example Parish Council", "8 April 2024", "Drains"));
        folder.Write("a/three.txt", Minutes("Minutes of the meeting of Example Parish Council", "15 April 2024", "Hedges"));
        folder.Write("b/four.txt", Minutes("Minutes of the meeting of the Other Allotment Society", "6 May 2024", "Hedges"));
        var harness = await IngestHarness.CreateAsync(postgres, new InProcessMinutesFileExtractor());
        await harness.IngestAsync(null, folder.Path);
        return harness;
    }

    [Fact]
    public async Task Ingest_stores_the_series_and_reparse_fills_it_in()
    {
        using var folder = new TempFolder();
        await using var harness = await IngestedAsync(postgres, folder);

        const string Stored = "SELECT string_agg(m.body || ' / ' || m.series, '; ' ORDER BY d.path) FROM meetings m JOIN documents d ON d.id = m.document_id";
        const string Expected = "Example Parish Council / Planning Committee; Example Parish Council / Full Council; Example Parish Council / Planning Committee; Other Allotment Society / Full meeting";
        Assert.Equal(Expected, await harness.ScalarAsync<string>(Stored));
        await using (var connection = await harness.Database.OpenConnectionAsync())
            Assert.Equal(2, Assert.Single(await BodyQuery.ListAsync(connection), b => b.Body == "Example Parish Council").SeriesCount);

        // As a database migrated to 0014 holds them: no series, an older parser version.
        await harness.ScalarAsync<int>("UPDATE meetings SET series = NULL; UPDATE documents SET parser_version = @old; SELECT 0", new { old = ParserVersion.Current - 1 });
        await using (var connection = await harness.Database.OpenConnectionAsync())
        {
            var stale = (await StoredDocumentIndex.LoadAsync(connection)).OlderThan(ParserVersion.Current).Select(d => d.Path).ToList();
            await new IngestPipeline(harness.Database, new InProcessMinutesFileExtractor(), new IngestOptions { SkipUnchanged = false }).RunAsync(stale);
        }
        Assert.Equal(Expected, await harness.ScalarAsync<string>(Stored));
    }

    [Fact]
    public async Task A_trend_by_series_gives_one_row_group_per_body_and_series()
    {
        using var folder = new TempFolder();
        await using var harness = await IngestedAsync(postgres, folder);
        await using var connection = await harness.Database.OpenConnectionAsync();

        var all = await TrendQuery.RunAsync(connection, new TrendRequest("hedges", TrendUnit.Year, BySeries: true));
        var oneBody = await TrendQuery.RunAsync(connection, new TrendRequest("hedges", TrendUnit.Year, ["example pc"], BySeries: true));

        Assert.Equal(
            [("Example Parish Council — Full Council", 1L, 1L), ("Example Parish Council — Planning Committee", 1L, 2L), ("Other Allotment Society — Full meeting", 1L, 1L)],
            all.Points.Select(p => (p.Series!, p.MeetingsMentioning, p.MeetingsHeld)));
        Assert.Equal(["Example Parish Council — Full Council", "Example Parish Council — Planning Committee"], oneBody.Points.Select(p => p.Series!));
        Assert.Null(all.Note);
    }
}
