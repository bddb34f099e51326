using Hangfire;

namespace MinutesIngest.Ingest.Jobs;

/// <summary>Gives Hangfire this server's <see cref="IngestFileJob"/>, which holds the database and the worker pool every job shares.</summary>
public sealed class IngestJobActivator(IngestFileJob job) : JobActivator
{
    public override object ActivateJob(Type jobType) => jobType == typeof(IngestFileJob) ? job : base.ActivateJob(jobType);
}
