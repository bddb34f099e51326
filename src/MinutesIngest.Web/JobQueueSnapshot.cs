namespace MinutesIngest.Web;

/// <summary>The queue's jobs per state (the figures of <c>minutes queue status</c>) and the latest jobs of each state.</summary>
public sealed record JobQueueSnapshot(long Queued, long Running, long Retrying, long Failed, long Succeeded, long Servers, IReadOnlyList<QueueJobRow> Jobs);
