using Hangfire;

namespace MinutesIngest.Ingest.Jobs;

/// <summary>Runs queued ingest jobs on this machine until cancelled: <c>minutes work</c>.</summary>
public static class IngestJobServer
{
    public static async Task RunAsync(JobStorage storage, IngestJobActivator jobs, int workers, CancellationToken cancellationToken)
    {
        var options = new BackgroundJobServerOptions
        {
            WorkerCount = Math.Max(1, workers),
            Queues = [JobQueueStorage.Queue],
            Activator = jobs,
            ServerName = $"{Environment.MachineName}:{Environment.ProcessId}",
            // Servers that died (SIGKILL, power) are noticed by the others after this long.
            ServerTimeout = TimeSpan.FromMinutes(1),
            HeartbeatInterval = TimeSpan.FromSeconds(10),
        };
        using var server = new BackgroundJobServer(options, storage);
        try { await Task.Delay(Timeout.Infinite, cancellationToken); }
        catch (OperationCanceledException) { }
        // Running jobs are cancelled through their token and requeued by Hangfire; what they committed stays.
        server.SendStop();
        await server.WaitForShutdownAsync(CancellationToken.None);
    }
}
