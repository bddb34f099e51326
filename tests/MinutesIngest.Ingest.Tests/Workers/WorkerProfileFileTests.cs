using System.Text.Json;
using MinutesIngest.Core.Profiling;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Ingest.Workers;

namespace MinutesIngest.Ingest.Tests.Workers;

/// <summary>Workers asked for a profile leave their stage totals at exit, and the ingest sums them over workers.</summary>
public class WorkerProfileFileTests
{
    [Fact]
    public void Totals_of_several_workers_are_summed_by_stage()
    {
        var folder = Directory.CreateTempSubdirectory("profile-test-").FullName;
        try
        {
            Write(folder, 101, new() { ["parse"] = new(1.5, 2), ["open"] = new(0.25, 2) });
            Write(folder, 102, new() { ["parse"] = new(0.5, 1) });
            File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a profile");

            var (totals, workers) = WorkerProfileFile.Sum(folder);

            Assert.Equal(2, workers);
            Assert.Equal(new StageTotal(2.0, 3), totals["parse"]);
            Assert.Equal(new StageTotal(0.25, 2), totals["open"]);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public async Task A_worker_started_with_a_profile_folder_leaves_its_stages_there_when_it_exits()
    {
        var folder = Directory.CreateTempSubdirectory("profile-test-").FullName;
        try
        {
            var launch = WorkerLaunch.ForAssembly(Path.Combine(AppContext.BaseDirectory, "minutes.dll"));
            using (var worker = WorkerProcess.Start(launch, new WorkerPoolOptions { Workers = 1, ProfileDirectory = folder }))
            {
                var minutes = "Minutes of the meeting held on 3 March 2021\nPresent: A Smith (Chair), B Jones\n1. Apologies\nNone.\n"u8.ToArray();
                var outcome = await worker.ExtractAsync(new ExtractionRequest("invented.txt", minutes), TimeSpan.FromSeconds(60), CancellationToken.None);
                Assert.True(outcome.Succeeded, outcome.FailureMessage);
            }

            var (totals, workers) = WorkerProfileFile.Sum(folder);

            Assert.Equal(1, workers);
            Assert.Equal(1, totals[StageNames.Parse].Count);
            Assert.Equal(1, totals[StageNames.OtherFormats].Count);
            Assert.True(totals[StageNames.WorkerCpu].Seconds > 0);
            Assert.True(totals[StageNames.WorkerLifetime].Seconds >= totals[StageNames.Parse].Seconds);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    private static void Write(string folder, int processId, Dictionary<string, StageTotal> totals) =>
        File.WriteAllText(Path.Combine(folder, $"worker-{processId}.json"), JsonSerializer.Serialize(totals));
}
