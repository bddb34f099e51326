namespace MinutesIngest.Storage.Ingest;

/// <summary>What happened to one input file.</summary>
public sealed record FileResult(string Path, FileOutcome Outcome, string? Reason = null, string? Message = null)
{
    /// <summary>How long extracting it took, when it was extracted.</summary>
    public TimeSpan? ExtractionTime { get; init; }
}
