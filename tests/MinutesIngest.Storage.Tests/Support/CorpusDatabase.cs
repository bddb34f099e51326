using MinutesIngest.Storage.Ingest;

namespace MinutesIngest.Storage.Tests.Support;

/// <summary>The project's corpus/ ingested once per test run through the real extractors, for tests that query known documents.</summary>
public static class CorpusDatabase
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _connectionString;

    public static string Folder { get; } = LocateCorpus();

    /// <summary>A database holding corpus/; created on first use in the run's cluster, then shared (tests only read it).</summary>
    public static async Task<string> ConnectionStringAsync(PostgresFixture postgres)
    {
        await Gate.WaitAsync();
        try
        {
            if (_connectionString != null) return _connectionString;
            var connectionString = postgres.CreateDatabase();
            await using var database = await MinutesDatabase.OpenAsync(connectionString);
            var report = await new IngestPipeline(database, new InProcessMinutesFileExtractor()).RunAsync(InputFileFinder.Find([Folder]));
            if (report.Stored == 0) throw new InvalidOperationException($"nothing from {Folder} was stored");
            return _connectionString = connectionString;
        }
        finally { Gate.Release(); }
    }

    /// <summary>The stored path of a corpus file, as search results and action rows report it.</summary>
    public static string PathOf(string fileName) => System.IO.Path.Combine(Folder, fileName);

    private static string LocateCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "MinutesIngest.sln"))) return System.IO.Path.Combine(dir.FullName, "corpus");
        throw new DirectoryNotFoundException("MinutesIngest.sln not found above " + AppContext.BaseDirectory);
    }
}
