using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Ingest;

/// <summary>An ingest killed with SIGKILL mid-run, then run again, leaves every file stored exactly once and no partial document.</summary>
[Collection(PostgresCollection.Name)]
public sealed class KilledIngestTests(PostgresFixture postgres)
{
    private const int FileCount = 3000;

    [Fact]
    public async Task A_rerun_after_sigkill_stores_every_file_exactly_once()
    {
        using var corpus = new TempFolder();
        for (var i = 0; i < FileCount; i++) corpus.Write($"{i % 20}/minutes-{i}.txt", GeneratedMinutes.Text(i));
        await using var harness = await IngestHarness.CreateAsync(postgres, new InProcessMinutesFileExtractor());
        var connectionString = harness.Database.ConnectionString;

        var (first, _, _) = IngestProcess.Start(connectionString, corpus.Path);
        using (first)
        {
            // Kill as soon as some batches are committed, so the run dies with work both done and pending.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (await harness.ScalarAsync<long>("SELECT count(*) FROM documents") == 0 && !first.HasExited && DateTime.UtcNow < deadline)
                await Task.Delay(20);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }
        var atKill = await harness.ScalarAsync<long>("SELECT count(*) FROM documents");
        Assert.InRange(atKill, 1, FileCount - 1);
        Assert.Equal(0, await harness.ScalarAsync<long>(
            "SELECT count(*) FROM documents d WHERE d.status = 'stored' AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.document_id = d.id)"));

        var rerun = await harness.IngestAsync(new IngestOptions { IncludeAll = true }, corpus.Path);

        Assert.Equal(FileCount, rerun.Total);
        Assert.Equal(atKill, rerun.Skipped + rerun.Replaced);
        Assert.Equal(await harness.ExpectedTotalsAsync(InputFileFinder.Find([corpus.Path])), await harness.TotalsAsync());
        Assert.Equal(FileCount, await harness.ScalarAsync<long>("SELECT count(DISTINCT path) FROM documents"));
    }
}
