using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Server;
using MinutesIngest.Storage.Tests.Support;
using Npgsql;
using MinutesIngest.Storage.Writing;

namespace MinutesIngest.Storage.Tests.Ingest;

/// <summary>PostgreSQL stopped in the middle of a run: the run stops with a database error instead of hanging,
/// leaves no partial document, and after a restart a rerun completes with every file stored once.</summary>
public sealed class DatabaseStoppedTests : IDisposable
{
    private const int FileCount = 600;
    private const int StopAfterCommitted = 50;

    // Its own cluster: stopping the shared one would pull the floor from under the other tests.
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "minutes-stop-tests-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly LocalPostgresCluster _cluster;

    public DatabaseStoppedTests() => _cluster = new LocalPostgresCluster(_dataDirectory);

    [Fact]
    public async Task A_run_whose_database_stops_ends_with_a_database_error_and_a_rerun_after_restart_completes()
    {
        using var corpus = new TempFolder();
        for (var i = 0; i < FileCount; i++) corpus.Write($"{i % 10}/minutes-{i}.txt", GeneratedMinutes.Text(i));
        var files = InputFileFinder.Find([corpus.Path]);
        var extractor = new LabelledLinesExtractor();
        var options = new IngestOptions { BatchSize = 10, Parallelism = 2 };

        await using (var database = await MinutesDatabase.OpenAsync(_cluster.Start()))
        {
            var stopper = new StopDatabaseAfter(StopAfterCommitted, _cluster);
            var run = new IngestPipeline(database, extractor, options, stopper).RunAsync(files);
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => run.WaitAsync(TimeSpan.FromSeconds(120)));
            Assert.True(stopper.Stopped);
        }
        NpgsqlConnection.ClearAllPools();

        await using var harness = new IngestHarness(await MinutesDatabase.OpenAsync(_cluster.Start()), extractor);
        var atStop = await harness.ScalarAsync<long>("SELECT count(*) FROM documents");
        Assert.InRange(atStop, StopAfterCommitted, FileCount - 1);
        // Each committed document came with all of its rows: its meeting, and as many items as its file has.
        Assert.Equal(0, await harness.ScalarAsync<long>(
            "SELECT count(*) FROM documents d WHERE d.status = 'stored' AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.document_id = d.id)"));
        var committed = await harness.ScalarAsync<string[]>("SELECT array_agg(path) FROM documents");
        Assert.Equal(await harness.ExpectedTotalsAsync(committed), await harness.TotalsAsync());

        var rerun = await new IngestPipeline(harness.Database, extractor, options).RunAsync(files);

        Assert.Equal(FileCount, rerun.Total);
        Assert.Equal(atStop, rerun.Skipped);
        Assert.Equal(FileCount - atStop, rerun.Stored);
        Assert.Equal(await harness.ExpectedTotalsAsync(files), await harness.TotalsAsync());
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        _cluster.Stop();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>Stops the server from inside the run, right after a batch commits, so the stop always lands mid-run.</summary>
    private sealed class StopDatabaseAfter(int committed, LocalPostgresCluster cluster) : IIngestObserver
    {
        public bool Stopped { get; private set; }

        public void Started(int totalFiles) { }

        public void FileFinished(FileResult result, IngestProgress progress)
        {
            if (Stopped || progress.Done < committed) return;
            Stopped = true;
            cluster.Stop();
        }
    }
}
