namespace MinutesIngest.Storage.Ingest;

/// <summary>What happened to one input file.</summary>
public sealed record FileResult(string Path, FileOutcome Outcome, string? Reason = null, string? Message = null)
{
    /// <summary>The triage class code of a document that was read (also of one stored with --include-all).</summary>
    public string? DocumentClass { get; init; }

    /// <summary>The outcome as stored in ingest_run_files and printed ("not_minutes", "stored"…).</summary>
    public string OutcomeCode => Outcome == FileOutcome.NotMinutes ? "not_minutes" : Outcome.ToString().ToLowerInvariant();

    /// <summary>How long extracting it took, when it was extracted.</summary>
    public TimeSpan? ExtractionTime { get; init; }
}
