using Hangfire;

namespace MinutesIngest.Ingest.Jobs;

/// <summary>How the ingest queue stands: jobs in each state, live servers, and jobs finished per minute lately.</summary>
public sealed record JobQueueStatus(long Queued, long Running, long Retrying, long Failed, long Done, long Servers, double DonePerMinute)
{
    /// <summary>Nothing left to do or retry (failed jobs stay failed until requeued by hand).</summary>
    public bool Drained => Queued == 0 && Running == 0 && Retrying == 0;

    public static JobQueueStatus Read(JobStorage storage)
    {
        var monitor = storage.GetMonitoringApi();
        var stats = monitor.GetStatistics();
        // Hangfire counts successes per hour; the last hour's count gives the recent throughput.
        var lastHour = monitor.HourlySucceededJobs().OrderByDescending(p => p.Key).FirstOrDefault().Value;
        var queued = monitor.EnqueuedCount(JobQueueStorage.Queue);
        return new JobQueueStatus(queued, stats.Processing, stats.Scheduled, stats.Failed, stats.Succeeded, stats.Servers, lastHour / 60.0);
    }
}
