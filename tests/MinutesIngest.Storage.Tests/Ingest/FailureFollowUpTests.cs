using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Tests.Support;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Storage.Writing;

namespace MinutesIngest.Storage.Tests.Ingest;

/// <summary>Failures stay visible: a rerun reports them as failed (not skipped), --retry-failed reads them again, and a
/// cancelled run is recorded as interrupted with what it finished.</summary>
[Collection(PostgresCollection.Name)]
public sealed class FailureFollowUpTests(PostgresFixture postgres)
{
    private static readonly byte[] Broken = [0x25, 0x50, 0x44, 0x46, 0xFF, 0xFE, 0x00, 0x81];

    [Fact]
    public async Task A_rerun_reports_an_earlier_failure_as_failed_with_its_reason_not_as_skipped()
    {
        using var corpus = GeneratedMinutes.Folder(5);
        var broken = corpus.Write("broken.pdf", Broken);
        await using var harness = await IngestHarness.CreateAsync(postgres);
        await harness.IngestAsync(null, corpus.Path);

        var again = await harness.IngestAsync(null, corpus.Path);

        Assert.Equal((5, 1, 1), (again.Skipped, again.Failed, again.FailedEarlier));
        var failure = Assert.Single(again.Failures);
        Assert.Equal((broken, "corrupt", true), (failure.Path, failure.Reason, failure.FromEarlierRun));
        Assert.Equal("not UTF-8 text", failure.Message);
        Assert.Equal(1L, await harness.ScalarAsync<long>(
            "SELECT count(*) FROM ingest_run_files WHERE path = @broken AND outcome = 'failed' AND run_id = (SELECT max(id) FROM ingest_runs)", new { broken }));
    }

    [Fact]
    public async Task Retry_failed_reads_an_unchanged_failed_file_again()
    {
        using var corpus = GeneratedMinutes.Folder(3);
        var flaky = corpus.Write("flaky.txt", GeneratedMinutes.Text(99));
        var extractor = new FailingOnce(flaky);
        await using var harness = await IngestHarness.CreateAsync(postgres, extractor);
        Assert.Equal(1, (await harness.IngestAsync(null, corpus.Path)).Failed);
        Assert.Equal(1, (await harness.IngestAsync(null, corpus.Path)).Failed);
        Assert.Equal(1, extractor.Calls(flaky));

        var retried = await harness.IngestAsync(new IngestOptions { RetryFailed = true }, corpus.Path);

        Assert.Equal(2, extractor.Calls(flaky));
        Assert.Equal((0, 1, 3), (retried.Failed, retried.Replaced, retried.Skipped));
        Assert.Equal("stored", await harness.ScalarAsync<string>("SELECT status FROM documents WHERE path = @flaky", new { flaky }));
    }

    [Fact]
    public async Task A_cancelled_run_is_recorded_as_interrupted_with_what_it_finished_and_a_rerun_completes()
    {
        using var corpus = GeneratedMinutes.Folder(300);
        await using var harness = await IngestHarness.CreateAsync(postgres);
        using var cancel = new CancellationTokenSource();
        var observer = new CancelAfter(20, cancel);

        var report = await new IngestPipeline(harness.Database, new LabelledLinesExtractor(), new IngestOptions { BatchSize = 5 }, observer)
            .RunAsync(InputFileFinder.Find([corpus.Path]), cancel.Token);

        Assert.True(report.Interrupted);
        Assert.Equal(300, report.Planned);
        Assert.InRange(report.Stored, 20, 299);
        Assert.Equal(report.Stored, await harness.ScalarAsync<long>("SELECT count(*) FROM documents"));
        Assert.Equal((300, report.Stored, true), (
            await harness.ScalarAsync<int>("SELECT files FROM ingest_runs"), await harness.ScalarAsync<int>("SELECT stored FROM ingest_runs"),
            await harness.ScalarAsync<bool>("SELECT interrupted FROM ingest_runs")));

        var rerun = await harness.IngestAsync(null, corpus.Path);

        Assert.False(rerun.Interrupted);
        Assert.Equal((report.Stored, 300 - report.Stored), (rerun.Skipped, rerun.Stored));
    }

    /// <summary>Fails one file the first time it is read, and reads everything else with the line format.</summary>
    private sealed class FailingOnce(string path) : IMinutesFileExtractor
    {
        private readonly LabelledLinesExtractor _inner = new();
        private readonly Dictionary<string, int> _calls = new();

        public int Calls(string file) { lock (_calls) return _calls.GetValueOrDefault(file); }

        public Task<ExtractionOutcome> ExtractAsync(ExtractionRequest request, CancellationToken cancellationToken)
        {
            int calls;
            lock (_calls) calls = _calls[request.Path] = _calls.GetValueOrDefault(request.Path) + 1;
            return request.Path == path && calls == 1
                ? Task.FromResult(ExtractionOutcome.Failure("timeout", "took too long", "txt"))
                : _inner.ExtractAsync(request, cancellationToken);
        }
    }

    private sealed class CancelAfter(int files, CancellationTokenSource cancel) : IIngestObserver
    {
        public void Started(int totalFiles) { }

        public void FileFinished(FileResult result, IngestProgress progress)
        {
            if (progress.Done >= files) cancel.Cancel();
        }
    }
}
