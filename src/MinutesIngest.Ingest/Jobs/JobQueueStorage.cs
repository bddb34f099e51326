using Hangfire;
using Hangfire.PostgreSql;

namespace MinutesIngest.Ingest.Jobs;

/// <summary>Hangfire's PostgreSQL storage in the project's own database (schema <c>hangfire</c>), shared by every process of a cluster.</summary>
public static class JobQueueStorage
{
    /// <summary>The queue ingest jobs go to, so a server of this tool never picks up another application's jobs.</summary>
    public const string Queue = "minutes_ingest";

    /// <summary>Makes the storage current for this process; creates Hangfire's tables on first use.</summary>
    /// <param name="connectionString">The project's database; the jobs live in its <c>hangfire</c> schema.</param>
    /// <param name="invisibilityTimeout">
    /// How long a job taken by a server that stopped answering stays invisible before another server takes it up.
    /// Live servers keep extending it (sliding), so a long OCR job is never taken twice.
    /// </param>
    /// <param name="prepareSchema">False for a reader (the queue page) that must never create tables.</param>
    public static JobStorage Use(string connectionString, TimeSpan? invisibilityTimeout = null, bool prepareSchema = true)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = prepareSchema,
            InvisibilityTimeout = invisibilityTimeout ?? TimeSpan.FromMinutes(5),
            UseSlidingInvisibilityTimeout = true,
            QueuePollInterval = TimeSpan.FromMilliseconds(500),
            // A server killed while it changed a job's state leaves that job's lock row behind, and every other server
            // waits for it to age out (10 minutes by default: seen in the three-server SIGKILL test). State changes take
            // milliseconds, so a minute is ample for a live holder.
            DistributedLockTimeout = TimeSpan.FromMinutes(1),
        };
        GlobalConfiguration.Configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), options);
        return JobStorage.Current;
    }
}
