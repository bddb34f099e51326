using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Ingest.Workers;

namespace MinutesIngest.Ingest.Tests.Workers;

/// <summary>A worker process loads the extraction stack only: the web server's assemblies stay out of every worker.</summary>
public class WorkerAssembliesTests
{
    [Fact]
    public async Task A_worker_that_has_extracted_a_document_has_not_loaded_the_web_stack()
    {
        if (!OperatingSystem.IsLinux()) return; // /proc/PID/maps is how the test sees what the worker mapped.
        var launch = WorkerLaunch.ForAssembly(Path.Combine(AppContext.BaseDirectory, "minutes.dll"));
        using var worker = WorkerProcess.Start(launch, new WorkerPoolOptions { Workers = 1 });
        var minutes = "Minutes of the meeting held on 3 March 2021\nPresent: A Smith (Chair), B Jones\n1. Apologies\nNone.\n"u8.ToArray();
        var outcome = await worker.ExtractAsync(new ExtractionRequest("invented.txt", minutes), TimeSpan.FromSeconds(60), CancellationToken.None);
        Assert.True(outcome.Succeeded, outcome.FailureMessage);

        var mapped = File.ReadAllLines($"/proc/{worker.Id}/maps").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "")
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal)).Select(Path.GetFileName).Distinct().ToList();
        Assert.Contains("MinutesIngest.Core.dll", mapped); // the check sees managed assemblies at all
        Assert.DoesNotContain(mapped, n => n!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain("MinutesIngest.Web.dll", mapped);
    }
}
