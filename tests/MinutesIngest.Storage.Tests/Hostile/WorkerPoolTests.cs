using System.Diagnostics;
using System.Text;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Ingest.Workers;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Hostile;

/// <summary>The supervisor against real workers: answers, time limit, memory cap, crashes, recycling.</summary>
public sealed class WorkerPoolTests
{
    [Fact]
    public async Task A_real_worker_extracts_the_same_record_as_in_process()
    {
        var path = Path.Combine(ProjectCorpus.Folder, "parish-little-hadlow-2019-04.txt");
        var request = new ExtractionRequest(path, await File.ReadAllBytesAsync(path));
        using var pool = new WorkerPoolMinutesFileExtractor(WorkerLaunches.Cli, new WorkerPoolOptions { Workers = 1 });

        var viaWorker = await pool.ExtractAsync(request, CancellationToken.None);
        var inProcess = await new InProcessMinutesFileExtractor().ExtractAsync(request, CancellationToken.None);

        Assert.True(viaWorker.Succeeded, viaWorker.FailureMessage);
        Assert.Equal(Core.Minutes.MinutesJson.Serialize(inProcess.Record!), Core.Minutes.MinutesJson.Serialize(viaWorker.Record!));
        Assert.Equal(inProcess.Pages, viaWorker.Pages);
    }

    [Fact]
    public async Task A_document_past_the_time_limit_is_a_timeout_and_the_worker_is_replaced()
    {
        var path = Path.Combine(ProjectCorpus.Folder, "academy-greenway-trust-board-2024-06.pdf");
        var request = new ExtractionRequest(path, await File.ReadAllBytesAsync(path));
        // A fresh worker needs far more than 50 ms to start and load the PDF reader, so it cannot answer in time.
        using var pool = new WorkerPoolMinutesFileExtractor(WorkerLaunches.Cli, new WorkerPoolOptions { Workers = 1, Timeout = TimeSpan.FromMilliseconds(50) });

        var clock = Stopwatch.StartNew();
        var outcome = await pool.ExtractAsync(request, CancellationToken.None);

        Assert.Equal("timeout", outcome.FailureReason);
        Assert.Equal("pdf", outcome.Format);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Equal(1, pool.WorkersReplaced);
    }

    [Fact]
    public async Task A_worker_over_its_memory_cap_is_out_of_memory_and_the_next_worker_carries_on()
    {
        // 3.5 MB of short lines passes the 4 MB text cap, but decoding and splitting it needs far more than a 48 MB heap.
        // The cap stays well above an idle worker's own size (runtime and parser code, about 60 MB resident), or the next
        // worker, reading a small file, would be killed too.
        var big = new StringBuilder();
        while (big.Length < 3584 * 1024) big.Append("Item ").Append(big.Length).Append(" was discussed at length.\n");
        var request = new ExtractionRequest("big.txt", Encoding.ASCII.GetBytes(big.ToString()));
        var small = Path.Combine(ProjectCorpus.Folder, "parish-little-hadlow-2019-04.txt");
        using var pool = new WorkerPoolMinutesFileExtractor(WorkerLaunches.Cli, new WorkerPoolOptions { Workers = 1, MemoryCapBytes = 48L * 1024 * 1024 });

        var outcome = await pool.ExtractAsync(request, CancellationToken.None);
        var next = await pool.ExtractAsync(new ExtractionRequest(small, await File.ReadAllBytesAsync(small)), CancellationToken.None);

        Assert.Equal("out_of_memory", outcome.FailureReason);
        Assert.True(next.Succeeded, next.FailureMessage);
        Assert.Equal(2, pool.WorkersStarted);
    }

    [Fact]
    public async Task A_worker_that_dies_without_answering_is_crashed()
    {
        // Stands in for a worker killed by a stack overflow: it exits without a reply, leaving its last words on stderr.
        var dying = new WorkerLaunch("/bin/sh", ["-c", "echo 'Stack overflow.' >&2; exit 134", "worker"]);
        using var pool = new WorkerPoolMinutesFileExtractor(dying, new WorkerPoolOptions { Workers = 1 });

        var outcome = await pool.ExtractAsync(new ExtractionRequest("a.txt", Encoding.UTF8.GetBytes("hello")), CancellationToken.None);

        Assert.Equal("crashed", outcome.FailureReason);
        Assert.Contains("134", outcome.FailureMessage);
        Assert.Contains("Stack overflow", outcome.FailureMessage);
    }

    [Fact]
    public async Task A_worker_killed_between_documents_is_replaced_without_losing_a_document()
    {
        var path = Path.Combine(ProjectCorpus.Folder, "parish-little-hadlow-2019-04.txt");
        var request = new ExtractionRequest(path, await File.ReadAllBytesAsync(path));
        using var pool = new WorkerPoolMinutesFileExtractor(WorkerLaunches.Cli, new WorkerPoolOptions { Workers = 1 });
        Assert.True((await pool.ExtractAsync(request, CancellationToken.None)).Succeeded);

        var idle = Assert.Single(pool.IdleWorkerIds);
        using (var worker = Process.GetProcessById(idle)) worker.Kill();
        await Task.Delay(200);
        var after = await pool.ExtractAsync(request, CancellationToken.None);

        Assert.True(after.Succeeded, after.FailureMessage);
        Assert.Equal(2, pool.WorkersStarted);
    }

    [Fact]
    public async Task Workers_are_reused_then_recycled_after_n_documents()
    {
        var path = Path.Combine(ProjectCorpus.Folder, "parish-little-hadlow-2019-04.txt");
        var request = new ExtractionRequest(path, await File.ReadAllBytesAsync(path));
        using var pool = new WorkerPoolMinutesFileExtractor(WorkerLaunches.Cli, new WorkerPoolOptions { Workers = 1, RecycleAfter = 2 });

        for (var i = 0; i < 4; i++) Assert.True((await pool.ExtractAsync(request, CancellationToken.None)).Succeeded);

        Assert.Equal(2, pool.WorkersStarted);
        Assert.Equal(0, pool.WorkersReplaced);
    }
}
