using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Dapper;
using Hangfire;
using MinutesIngest.Ingest.Jobs;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Ingest.Workers;
using MinutesIngest.Storage;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Web.Exports;
using Npgsql;

namespace MinutesIngest.Ingest.Tests;

/// <summary>
/// A long scan read as page jobs (one page per job here, so a three-page scan is three jobs): stored once, exactly as one
/// job stores it, with its pages spread over several servers, even when the server holding a page dies.
/// </summary>
public sealed class LongScanJobTests(ClusterDatabase database) : IClassFixture<ClusterDatabase>
{
    private static readonly IngestOptions Options = new() { Parallelism = 1, IncludeAll = true };

    // The bundled scan with the most pages (every page is an image), so each of its pages is a job of its own.
    private static readonly string Scan = Directory.GetFiles(Path.Combine(RepositoryCorpus.Folder, "scanned"), "*.pdf")
        .Where(f => !f.Contains("degraded", StringComparison.Ordinal))
        .OrderByDescending(f => Core.Extraction.Pdf.PdfExtractor.PagesNeedingOcr(File.ReadAllBytes(f)).Count).ThenBy(f => f, StringComparer.Ordinal).First();

    [Fact]
    public async Task A_scan_stored_through_page_jobs_gives_the_same_json_as_one_job()
    {
        var pages = Core.Extraction.Pdf.PdfExtractor.PagesNeedingOcr(File.ReadAllBytes(Scan)).Count;
        Assert.True(pages >= 3, $"{Scan}: {pages} scanned page(s)");
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Scan)));
        using var pool = new WorkerPoolMinutesFileExtractor(WorkerLaunch.ForAssembly(Path.Combine(AppContext.BaseDirectory, "minutes.dll")),
            new WorkerPoolOptions { Workers = 2, Timeout = TimeSpan.FromMinutes(5) });

        var oneJob = database.CreateDatabase();
        await using (var db = await MinutesDatabase.OpenAsync(oneJob))
            await new IngestFileJob(db, pool, Options).Run(Scan, sha, null, CancellationToken.None);

        var pageJobs = database.CreateDatabase();
        await using (var db = await MinutesDatabase.OpenAsync(pageJobs))
        {
            var storage = JobQueueStorage.Use(pageJobs);
            await new IngestJobEnqueuer(storage).EnqueueAsync([Scan]);
            using var stop = new CancellationTokenSource();
            var jobs = new IngestJobActivator(new IngestFileJob(db, pool, Options, new LongScanSplitter(db, pool, Options, pagesPerJob: 1)), new OcrPagesJob(db, pool, Options));
            var server = IngestJobServer.RunAsync(storage, jobs, 2, stop.Token);
            await WaitUntil(() => DocumentCount(pageJobs) == 1 && JobQueueStatus.Read(storage).Drained, TimeSpan.FromMinutes(4));
            await stop.CancelAsync();
            await server;
            var succeeded = storage.GetMonitoringApi().SucceededJobs(0, 100).Select(j => j.Value.Job.Type.Name).ToList();
            Assert.Equal(pages, succeeded.Count(n => n == nameof(OcrPagesJob)));
            Assert.Equal(0, JobQueueStatus.Read(storage).Failed);
        }

        Assert.Equal(await StoredJsonAsync(oneJob), await StoredJsonAsync(pageJobs));
        await using var connection = new NpgsqlConnection(pageJobs);
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM ocr_scans WHERE assembled_at IS NOT NULL"));
        // The pages' results are let go once the document is stored.
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM ocr_page_results"));
    }

    [Fact]
    public async Task Servers_share_a_long_scan_and_one_killed_mid_scan_still_stores_it_once()
    {
        var connectionString = database.CreateDatabase();
        await using (var db = await MinutesDatabase.OpenAsync(connectionString)) { }
        var storage = JobQueueStorage.Use(connectionString);
        await new IngestJobEnqueuer(storage).EnqueueAsync([Scan]);
        var servers = Enumerable.Range(0, 3).Select(_ => JobServerProcess.Start(connectionString, TimeSpan.FromSeconds(10), "--ocr-pages-per-job", "1")).ToList();
        try
        {
            // Kill the server holding the first page job, while it holds it.
            JobServerProcess? victim = null;
            await WaitUntil(() => (victim = HolderOfAPageJob(storage, servers)) != null, TimeSpan.FromMinutes(5));
            victim!.Kill();
            await WaitUntil(() => DocumentCount(connectionString) == 1 && JobQueueStatus.Read(storage).Drained, TimeSpan.FromMinutes(10));
        }
        finally
        {
            foreach (var server in servers) server.Dispose();
        }

        await using var connection = new NpgsqlConnection(connectionString);
        Assert.Equal(("stored", 1L), (await connection.ExecuteScalarAsync<string>("SELECT status FROM documents"), await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM meetings")));
        Assert.Equal(0, JobQueueStatus.Read(storage).Failed);
        var monitor = storage.GetMonitoringApi();
        var pageJobServers = monitor.SucceededJobs(0, 100).Where(j => j.Value.Job.Type.Name == nameof(OcrPagesJob))
            .SelectMany(j => monitor.JobDetails(j.Key).History.Where(h => h.StateName == "Processing").Select(h => h.Data["ServerId"]))
            .Distinct().ToList();
        Assert.True(pageJobServers.Count >= 2, "page jobs ran on " + string.Join(", ", pageJobServers));
    }

    // What each job went through, so a timeout says which job was stuck or retried and why.
    private static string JobHistory()
    {
        var monitor = JobStorage.Current.GetMonitoringApi();
        var ids = monitor.ScheduledJobs(0, 50).Select(j => j.Key).Concat(monitor.FailedJobs(0, 50).Select(j => j.Key))
            .Concat(monitor.ProcessingJobs(0, 50).Select(j => j.Key)).Concat(monitor.EnqueuedJobs(JobQueueStorage.Queue, 0, 50).Select(j => j.Key));
        return string.Join("\n", ids.Select(id => monitor.JobDetails(id)).Select(d =>
            $"{d.Job?.Type.Name}: {string.Join(" <- ", d.History.Select(h => h.StateName + " " + h.Reason + " " + (h.Data.TryGetValue("ExceptionMessage", out var m) ? m : "")))}"));
    }

    private static JobServerProcess? HolderOfAPageJob(JobStorage storage, IReadOnlyList<JobServerProcess> servers)
    {
        var holders = storage.GetMonitoringApi().ProcessingJobs(0, 10).Where(j => j.Value.Job?.Type.Name == nameof(OcrPagesJob)).Select(j => j.Value.ServerId).ToList();
        return servers.FirstOrDefault(s => holders.Any(h => h.Contains($":{s.ProcessId}", StringComparison.Ordinal)));
    }

    // The document row and its meeting as the API gives it, without what differs by database (row ids, times).
    private static async Task<string> StoredJsonAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var row = await connection.ExecuteScalarAsync<string>("SELECT (to_jsonb(d) - 'id' - 'ingested_at' - 'updated_at')::text FROM documents d");
        var id = await connection.ExecuteScalarAsync<long>("SELECT id FROM documents");
        var meeting = await MeetingQuery.LoadAsync(connection, id) ?? throw new InvalidOperationException("no meeting stored");
        return row + "\n" + Regex.Replace(MeetingJson.Serialize(meeting), "\"document_id\":\\s*\\d+", "");
    }

    private static long DocumentCount(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        return connection.ExecuteScalar<long>("SELECT count(*) FROM documents WHERE status <> 'failed' OR error_reason IS NOT NULL");
    }

    private static async Task WaitUntil(Func<bool> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > limit) throw new TimeoutException($"not reached within {limit}; jobs: {JobHistory()}");
            await Task.Delay(500);
        }
    }
}
