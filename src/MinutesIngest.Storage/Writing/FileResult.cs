namespace MinutesIngest.Storage.Writing;

/// <summary>What happened to one input file.</summary>
public sealed record FileResult(string Path, FileOutcome Outcome, string? Reason = null, string? Message = null)
{
    /// <summary>The triage class code of a document that was read (also of one stored with --include-all).</summary>
    public string? DocumentClass { get; init; }

    /// <summary>The outcome as stored in ingest_run_files and printed ("not_minutes", "stored"…).</summary>
    public string OutcomeCode => Outcome == FileOutcome.NotMinutes ? "not_minutes" : Outcome.ToString().ToLowerInvariant();

    /// <summary>How long extracting it took, when it was extracted.</summary>
    public TimeSpan? ExtractionTime { get; init; }

    /// <summary>Pages the extraction counted, when the format has pages.</summary>
    public int? Pages { get; init; }

    /// <summary>A failure recorded by an earlier run for these same bytes, not tried again in this one (see --retry-failed).</summary>
    public bool FromEarlierRun { get; init; }
}
