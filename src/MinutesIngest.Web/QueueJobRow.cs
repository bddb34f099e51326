namespace MinutesIngest.Web;

/// <summary>One job on the queue page: its state (queued, running, retrying, failed, succeeded), the file it is for, what it
/// does (a whole file, or the OCR of some pages of a long scan), why it failed when it did, and since when (UTC) it is in its state.</summary>
public sealed record QueueJobRow(string Id, string State, string? Path, string Work, string? Reason, DateTime? At);
