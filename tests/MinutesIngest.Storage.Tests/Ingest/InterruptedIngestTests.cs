using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Tests.Support;
using Xunit.Abstractions;

namespace MinutesIngest.Storage.Tests.Ingest;

/// <summary>Ctrl-C (SIGINT) ends an ingest within seconds with "interrupted: N of M stored; run again to resume" and a run record.</summary>
[Collection(PostgresCollection.Name)]
public sealed partial class InterruptedIngestTests(PostgresFixture postgres, ITestOutputHelper output)
{
    // The signal is sent once the progress log shows stored documents, a few seconds into a run of a minute or more: the
    // run cannot finish first, and the queue behind the signal is large (thousands of files).
    private const int FileCount = 4000;
    private static readonly TimeSpan ExitLimit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Sigint_prints_what_is_stored_records_the_run_and_a_rerun_resumes()
    {
        using var corpus = new TempFolder();
        for (var i = 0; i < FileCount; i++) corpus.Write($"{i % 20}/minutes-{i}.txt", GeneratedMinutes.Text(i));
        await using var harness = await IngestHarness.CreateAsync(postgres, new InProcessMinutesFileExtractor());
        var stdout = new ConcurrentQueue<string>();
        var stderr = new ConcurrentQueue<string>();
        var someStored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        using var ingest = IngestProcess.StartInterruptible(harness.Database.ConnectionString, corpus.Path, stdout.Enqueue, line =>
        {
            stderr.Enqueue(line);
            if (ProgressLine().Match(line) is { Success: true } m && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) > 0) someStored.TrySetResult();
        });
        await Task.WhenAny(someStored.Task, ingest.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(3)));
        Assert.True(someStored.Task.IsCompleted && !ingest.HasExited, "no stored documents shown before the run ended: " + string.Join("\n", stderr));

        var clock = Stopwatch.StartNew();
        using (var signal = Process.Start("kill", ["-INT", ingest.Id.ToString(CultureInfo.InvariantCulture)])) await signal.WaitForExitAsync();
        using (var limit = new CancellationTokenSource(ExitLimit + TimeSpan.FromSeconds(30)))
            await ingest.WaitForExitAsync(limit.Token);
        var exitTime = clock.Elapsed;

        var last = stdout.LastOrDefault() ?? "";
        output.WriteLine($"exit {ingest.ExitCode} {exitTime.TotalSeconds:0.0} s after SIGINT: {last}");
        Assert.True(ingest.ExitCode == 130, $"exit {ingest.ExitCode}: {string.Join("\n", stdout)}\n{string.Join("\n", stderr)}");
        Assert.InRange(exitTime, TimeSpan.Zero, ExitLimit);
        var line = InterruptedLine().Match(last);
        Assert.True(line.Success, last);
        var stored = await harness.ScalarAsync<long>("SELECT count(*) FROM documents");
        Assert.Equal(stored, long.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.InRange(stored, 1, FileCount - 1);
        Assert.Equal((FileCount, (int)stored, true), (
            await harness.ScalarAsync<int>("SELECT files FROM ingest_runs"), await harness.ScalarAsync<int>("SELECT stored FROM ingest_runs"),
            await harness.ScalarAsync<bool>("SELECT interrupted FROM ingest_runs")));

        var rerun = await harness.IngestAsync(new IngestOptions { IncludeAll = true }, corpus.Path);

        Assert.Equal(((int)stored, FileCount - (int)stored, 0), (rerun.Skipped, rerun.Stored, rerun.Failed));
        Assert.Equal((FileCount, FileCount), (await harness.ScalarAsync<int>("SELECT count(*)::int FROM documents"),
            await harness.ScalarAsync<int>("SELECT count(DISTINCT sha256)::int FROM documents")));
    }

    [GeneratedRegex(@"^ingest: (\d+)/\d+ files")]
    private static partial Regex ProgressLine();

    [GeneratedRegex(@"^interrupted: (\d+) of 4000 stored; run again to resume$")]
    private static partial Regex InterruptedLine();
}
