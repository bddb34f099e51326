using MinutesIngest.TestSupport;
using MinutesIngest.Cli.Commands;
using MinutesIngest.Ml.SuggestedActions;
using MinutesIngest.Ml.Topics;
using MinutesIngest.Ingest.Pipeline;

namespace MinutesIngest.Storage.Tests.Support;

/// <summary>
/// The project's corpus/ ingested once per test run as <c>minutes ingest</c> does (real extractors and the committed
/// suggested-action model), then topics built as <c>minutes topics build</c> does (default options), for tests that query known documents.
/// </summary>
public static class CorpusDatabase
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _connectionString;

    public static string Folder { get; } = RepositoryPaths.Corpus;

    /// <summary>A database holding corpus/; created on first use in the run's cluster, then shared (tests only read it).</summary>
    public static async Task<string> ConnectionStringAsync(PostgresFixture postgres)
    {
        await Gate.WaitAsync();
        try
        {
            if (_connectionString != null) return _connectionString;
            var connectionString = postgres.CreateDatabase();
            await using var database = await MinutesDatabase.OpenAsync(connectionString);
            var extractor = new InProcessMinutesFileExtractor(commitments: CommitmentModel.LoadCommitted());
            var report = await new IngestPipeline(database, extractor).RunAsync(InputFileFinder.Find([Folder]).Where(IsBornDigital).ToList());
            if (report.Stored == 0) throw new InvalidOperationException($"nothing from {Folder} was stored");
            await using (var connection = await database.OpenConnectionAsync())
                if (await TopicBuildRun.ExecuteAsync(connection, new TopicOptions(), includeBody: false, CancellationToken.None) == null)
                    throw new InvalidOperationException("no topics were built over corpus/");
            return _connectionString = connectionString;
        }
        finally { Gate.Release(); }
    }

    // Only the documents directly in corpus/: its subfolders hold OCR'd copies of them (scanned), real minutes (real) and
    // the held-out set (blind), and the query facts are about the project's own documents.
    private static bool IsBornDigital(string path) => System.IO.Path.GetDirectoryName(path) == Folder;

    /// <summary>The stored path of a corpus file, as search results and action rows report it.</summary>
    public static string PathOf(string fileName) => System.IO.Path.Combine(Folder, fileName);

}
