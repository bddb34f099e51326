using Dapper;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Writing;

namespace MinutesIngest.Storage.Tests.Support;

/// <summary>A fresh migrated database plus the calls the ingest tests repeat.</summary>
public sealed class IngestHarness(MinutesDatabase database, IMinutesFileExtractor extractor) : IAsyncDisposable
{
    public MinutesDatabase Database { get; } = database;

    public static async Task<IngestHarness> CreateAsync(PostgresFixture postgres, IMinutesFileExtractor? extractor = null) =>
        new(await MinutesDatabase.OpenAsync(postgres.CreateDatabase()), extractor ?? new LabelledLinesExtractor());

    /// <summary>A fresh database holding these invented files (name, text), ingested in one run.</summary>
    public static async Task<IngestHarness> IngestedAsync(PostgresFixture postgres, IEnumerable<(string Name, string Text)> files)
    {
        using var folder = new TempFolder();
        foreach (var (name, text) in files) folder.Write(name, text.Replace("\r", ""));
        var harness = await CreateAsync(postgres);
        await harness.IngestAsync(null, folder.Path);
        return harness;
    }

    public Task<IngestReport> IngestAsync(IngestOptions? options = null, params string[] inputs) =>
        new IngestPipeline(Database, extractor, options).RunAsync(InputFileFinder.Find(inputs));

    public async Task<DatabaseTotals> TotalsAsync()
    {
        await using var connection = await Database.OpenConnectionAsync();
        return (await DatabaseSummary.LoadAsync(connection)).Totals;
    }

    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Database.OpenConnectionAsync();
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    /// <summary>The row counts the extractor's own output implies for these files.</summary>
    public async Task<DatabaseTotals> ExpectedTotalsAsync(IEnumerable<string> files)
    {
        long stored = 0, failed = 0, attendees = 0, items = 0, actions = 0;
        foreach (var file in files)
        {
            var outcome = await extractor.ExtractAsync(new ExtractionRequest(file, await File.ReadAllBytesAsync(file)), CancellationToken.None);
            if (outcome.Record is not { } r) { failed++; continue; }
            stored++;
            attendees += r.Attendance.Count;
            items += r.Items.Count;
            actions += r.Actions.Count;
        }
        return new DatabaseTotals(stored + failed, stored, failed, stored, attendees, items, actions);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
