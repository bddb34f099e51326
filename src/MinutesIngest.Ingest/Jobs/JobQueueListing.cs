using Hangfire;
using Hangfire.Common;

namespace MinutesIngest.Ingest.Jobs;

/// <summary>The latest jobs of each state read through Hangfire's monitoring (read only): what the queue page lists.</summary>
public static class JobQueueListing
{
    public static IReadOnlyList<QueuedJob> Read(JobStorage storage, int perState)
    {
        var monitor = storage.GetMonitoringApi();
        var jobs = new List<QueuedJob>();
        jobs.AddRange(monitor.ProcessingJobs(0, perState).Select(j => Row(j.Key, "running", j.Value.Job, null, j.Value.StartedAt)));
        jobs.AddRange(monitor.EnqueuedJobs(JobQueueStorage.Queue, 0, perState).Select(j => Row(j.Key, "queued", j.Value.Job, null, j.Value.EnqueuedAt)));
        jobs.AddRange(monitor.ScheduledJobs(0, perState).Select(j => Row(j.Key, "retrying", j.Value.Job, null, j.Value.ScheduledAt)));
        jobs.AddRange(monitor.FailedJobs(0, perState).Select(j => Row(j.Key, "failed", j.Value.Job, j.Value.ExceptionMessage ?? j.Value.Reason, j.Value.FailedAt)));
        jobs.AddRange(monitor.SucceededJobs(0, perState).Select(j => Row(j.Key, "succeeded", j.Value.Job, null, j.Value.SucceededAt)));
        return jobs;
    }

    // Every ingest job takes the file's path first; a job whose type no longer loads shows without one.
    private static QueuedJob Row(string id, string state, Job? job, string? reason, DateTime? at) =>
        new(id, state, job?.Args.FirstOrDefault() as string, Describe(job), reason, at);

    private static string Describe(Job? job) => job switch
    {
        null => "unknown",
        { Type.Name: nameof(IngestFileJob) } => "file",
        { Type.Name: nameof(OcrPagesJob) } when job.Args.Count > 2 && job.Args[2] is int[] { Length: > 0 } pages =>
            $"OCR of {pages.Length} page(s), {pages[0]}–{pages[^1]}",
        _ => job.Type.Name + "." + job.Method.Name,
    };
}
