namespace MinutesIngest.Web;

/// <summary>Reads the distributed ingest queue for the queue page; supplied by the host, which knows the job engine (the web layer does not).</summary>
public interface IJobQueueSource
{
    /// <summary>The queue now, listing at most <paramref name="perState"/> jobs of each state; null when the database holds no queue.</summary>
    JobQueueSnapshot? Read(int perState);
}
