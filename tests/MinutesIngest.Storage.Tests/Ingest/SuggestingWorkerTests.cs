using MinutesIngest.Ml.SuggestedActions;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Ingest.Workers;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Ingest;

/// <summary>A worker started as ingest starts it (<c>minutes worker --suggestions</c>) finds the suggested actions in-process extraction finds.</summary>
public sealed class SuggestingWorkerTests
{
    [Fact]
    public async Task A_suggesting_worker_gives_the_in_process_record_with_its_suggested_actions()
    {
        var path = Path.Combine(ProjectCorpus.Folder, "parish-little-hadlow-2019-04.txt");
        var request = new ExtractionRequest(path, await File.ReadAllBytesAsync(path));
        using var pool = new WorkerPoolMinutesFileExtractor(WorkerLaunches.Cli, new WorkerPoolOptions { Workers = 1, Extraction = new() { SuggestedActions = true } });

        var viaWorker = await pool.ExtractAsync(request, CancellationToken.None);
        var inProcess = await new InProcessMinutesFileExtractor(commitments: CommitmentModel.LoadCommitted()).ExtractAsync(request, CancellationToken.None);

        Assert.True(viaWorker.Succeeded, viaWorker.FailureMessage);
        Assert.Contains(viaWorker.Record!.SuggestedActions!, s => s.Text == "The Clerk will reply to a resident about the bus shelter.");
        Assert.Equal(Core.Minutes.MinutesJson.Serialize(inProcess.Record!), Core.Minutes.MinutesJson.Serialize(viaWorker.Record!));
    }
}
