using MinutesIngest.Ingest.Workers;

namespace MinutesIngest.Storage.Tests.Support;

/// <summary>How tests start real workers: the CLI assembly copied beside the test binaries, in worker mode.</summary>
public static class WorkerLaunches
{
    public static WorkerLaunch Cli { get; } = WorkerLaunch.ForAssembly(Path.Combine(AppContext.BaseDirectory, "minutes.dll"));
}
