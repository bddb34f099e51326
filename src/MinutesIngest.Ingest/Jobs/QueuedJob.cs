namespace MinutesIngest.Ingest.Jobs;

/// <summary>One job of the ingest queue as the monitoring lists it: state, file, what it does, why it failed when it did, and since when (UTC).</summary>
public sealed record QueuedJob(string Id, string State, string? Path, string Work, string? Reason, DateTime? At);
