using Hangfire;
using MinutesIngest.Ingest.Jobs;
using MinutesIngest.Web;
using Npgsql;

namespace MinutesIngest.Cli.Commands;

/// <summary>The queue page's view of the Hangfire queue in the served database: the same counts as <c>minutes queue status</c>, read only.</summary>
internal sealed class HangfireJobQueueSource(string connectionString) : IJobQueueSource
{
    // Made on first read so serving a database that never held a queue touches nothing of Hangfire's.
    private readonly Lazy<JobStorage> _storage = new(() => JobQueueStorage.Use(connectionString, prepareSchema: false));

    public JobQueueSnapshot? Read(int perState)
    {
        try
        {
            var status = JobQueueStatus.Read(_storage.Value);
            var jobs = JobQueueListing.Read(_storage.Value, perState).Select(j => new QueueJobRow(j.Id, j.State, j.Path, j.Work, j.Reason, j.At)).ToList();
            return new JobQueueSnapshot(status.Queued, status.Running, status.Retrying, status.Failed, status.Done, status.Servers, jobs);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
        {
            return null;
        }
    }
}
