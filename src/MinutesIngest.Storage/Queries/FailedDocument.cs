namespace MinutesIngest.Storage.Queries;

/// <summary>A file whose latest attempt failed: its reason code, the raw message, when it was last tried and in how many runs it failed.</summary>
public sealed record FailedDocument(
    long DocumentId, string Path, string? Format, long SizeBytes, string Reason, string? Message, DateTime LastAttempt, long FailedRuns);
