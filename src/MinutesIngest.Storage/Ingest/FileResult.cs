namespace MinutesIngest.Storage.Ingest;

/// <summary>What happened to one input file.</summary>
public sealed record FileResult(string Path, FileOutcome Outcome, string? Reason = null, string? Message = null);
