using System.Diagnostics;
using Dapper;
using MinutesIngest.HostileCorpus;
using MinutesIngest.Ingest.Jobs;
using MinutesIngest.Storage;
using MinutesIngest.Ingest.Pipeline;
using Npgsql;

namespace MinutesIngest.Ingest.Tests;

/// <summary>
/// Several job servers, each its own process as on separate machines, over one queue in one database: a server killed
/// mid-run and the database restarted must leave every file with exactly one final status and every good document stored once.
/// </summary>
public sealed class JobClusterTests : IClassFixture<ClusterDatabase>, IDisposable
{
    private readonly ClusterDatabase _database;
    private readonly string _hostile = Directory.CreateTempSubdirectory("minutes-hostile-").FullName;

    public JobClusterTests(ClusterDatabase database) => _database = database;

    [Fact]
    public async Task Three_servers_with_one_killed_and_the_database_restarted_store_every_file_exactly_once()
    {
        var manifest = HostileCorpusWriter.Write(_hostile);
        var files = InputFileFinder.Find([RepositoryCorpus.Folder, _hostile]);
        var connectionString = _database.CreateDatabase();
        await using (var db = await MinutesDatabase.OpenAsync(connectionString)) { }
        var storage = JobQueueStorage.Use(connectionString);
        var (queued, _, _) = await new IngestJobEnqueuer(storage).EnqueueAsync(files);
        Assert.Equal(files.Count, queued);

        var takeOver = TimeSpan.FromSeconds(20);
        var servers = Enumerable.Range(0, 3).Select(_ => JobServerProcess.Start(connectionString, takeOver)).ToList();
        try
        {
            // Kill one server once a third of the files are done, while it holds a job.
            await WaitUntil(() => DocumentCount(connectionString) >= files.Count / 3, TimeSpan.FromMinutes(10), "a third of the files stored");
            servers[0].Kill();
            await WaitUntil(() => DocumentCount(connectionString) >= files.Count / 2, TimeSpan.FromMinutes(10), "half of the files stored");
            _database.Restart();
            await WaitUntil(() => JobQueueStatus.Read(storage) is { Drained: true } && DocumentCount(connectionString) >= files.Count, TimeSpan.FromMinutes(15), "the queue drained");
        }
        finally
        {
            foreach (var server in servers) server.Dispose();
        }

        await using var connection = new NpgsqlConnection(connectionString);
        var rows = (await connection.QueryAsync<(string Path, string Status, string? Reason)>("SELECT path, status, error_reason FROM documents")).ToList();
        Assert.Equal(files.Order(StringComparer.Ordinal), rows.Select(r => r.Path).Order(StringComparer.Ordinal));
        foreach (var expected in manifest)
        {
            var row = rows.Single(r => r.Path == Path.Combine(_hostile, expected.Name));
            Assert.Equal($"{expected.Name}:{expected.Status}:{expected.Reason}", $"{expected.Name}:{row.Status}:{row.Reason}");
        }
        var corpusFailures = rows.Where(r => r.Path.StartsWith(RepositoryCorpus.Folder, StringComparison.Ordinal) && r.Status != "stored").ToList();
        Assert.True(corpusFailures.Count == 0, string.Join("\n", corpusFailures));
        // Stored once: one meeting per stored document that is not a copy of another's meeting, whatever server or attempt wrote it.
        Assert.Equal(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM documents WHERE status = 'stored' AND twin_of IS NULL"),
            await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM meetings"));
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM (SELECT document_id FROM meetings GROUP BY document_id HAVING count(*) > 1) d"));
        Assert.Equal(0, JobQueueStatus.Read(storage).Failed);
    }

    [Fact]
    public async Task Queueing_the_same_files_again_queues_nothing_and_changed_bytes_queue_again()
    {
        var folder = Directory.CreateTempSubdirectory("minutes-queue-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.txt"), "Minutes of the meeting\n1. Apologies\n");
            File.WriteAllText(Path.Combine(folder, "b.txt"), "Minutes of the meeting\n1. Budget\n");
            // A path longer than an index row (legal on Linux) must queue like any other.
            // Random names: a repetitive path would be compressed below the index row limit and prove nothing.
            var deep = Path.Combine([folder, .. Enumerable.Range(0, 12).Select(_ => string.Concat(Enumerable.Range(0, 7).Select(_ => Guid.NewGuid().ToString("N")))[..220])]);
            Directory.CreateDirectory(deep);
            File.WriteAllText(Path.Combine(deep, "c.txt"), "Minutes of the meeting\n1. Apologies\n");
            var files = InputFileFinder.Find([folder]);
            var connectionString = _database.CreateDatabase();
            await using (var db = await MinutesDatabase.OpenAsync(connectionString)) { }
            var enqueuer = new IngestJobEnqueuer(JobQueueStorage.Use(connectionString));

            var first = await enqueuer.EnqueueAsync(files);
            var again = await enqueuer.EnqueueAsync(files);
            File.AppendAllText(Path.Combine(folder, "b.txt"), "2. Any other business\n");
            var changed = await enqueuer.EnqueueAsync(files);

            Assert.Equal((3, 0), (first.Queued, first.AlreadyQueued));
            Assert.Equal((0, 3), (again.Queued, again.AlreadyQueued));
            Assert.Equal((1, 2), (changed.Queued, changed.AlreadyQueued));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    private static long DocumentCount(string connectionString)
    {
        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            return connection.ExecuteScalar<long>("SELECT count(*) FROM documents");
        }
        catch (NpgsqlException) { return 0; }
    }

    private static async Task WaitUntil(Func<bool> condition, TimeSpan limit, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!Safe(condition))
        {
            if (clock.Elapsed > limit) throw new TimeoutException($"not reached within {limit}: {what}");
            await Task.Delay(500);
        }
    }

    private static bool Safe(Func<bool> condition)
    {
        try { return condition(); }
        catch (NpgsqlException) { return false; }
    }

    public void Dispose()
    {
        try { Directory.Delete(_hostile, recursive: true); } catch (IOException) { }
    }
}
