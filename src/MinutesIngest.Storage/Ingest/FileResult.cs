namespace MinutesIngest.Storage.Ingest;

/// <summary>What happened to one input file.</summary>
public sealed record FileResult(string Path, FileOutcome Outcome, string? Reason = null, string? Message = null)
{
    /// <summary>How long extracting it took, when it was extracted.</summary>
    public TimeSpan? ExtractionTime { get; init; }

    /// <summary>Pages the extraction counted, when the format has pages.</summary>
    public int? Pages { get; init; }

    /// <summary>A failure recorded by an earlier run for these same bytes, not tried again in this one (see --retry-failed).</summary>
    public bool FromEarlierRun { get; init; }
}
