using Hangfire;

namespace MinutesIngest.Ingest.Jobs;

/// <summary>Gives Hangfire this server's jobs, which hold the database and the worker pool every job shares.</summary>
public sealed class IngestJobActivator(IngestFileJob files, OcrPagesJob pages) : JobActivator
{
    public override object ActivateJob(Type jobType) =>
        jobType == typeof(IngestFileJob) ? files : jobType == typeof(OcrPagesJob) ? pages : base.ActivateJob(jobType);
}
