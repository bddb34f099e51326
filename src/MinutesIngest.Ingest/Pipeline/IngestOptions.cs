using MinutesIngest.Core.Extraction.Guards;

namespace MinutesIngest.Ingest.Pipeline;

/// <summary>Tuning for a run; the defaults suit a laptop-sized machine.</summary>
public sealed record IngestOptions
{
    /// <summary>Files extracted at once.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
    /// <summary>Most documents written in one transaction.</summary>
    public int BatchSize { get; init; } = 100;
    /// <summary>How long the writer waits for a batch to fill before it writes what it has.</summary>
    public TimeSpan BatchLinger { get; init; } = TimeSpan.FromMilliseconds(250);
    /// <summary>Extracted documents waiting for the writer; bounds memory whatever the corpus size.</summary>
    public int PendingDocuments { get; init; } = 200;
    /// <summary>After Ctrl-C, how long the writer goes on committing documents already extracted before it abandons the rest.</summary>
    public TimeSpan InterruptDrain { get; init; } = TimeSpan.FromSeconds(5);
    /// <summary>Size caps per kind: a file over its cap is recorded as failed (too_large) without being read whole or parsed.</summary>
    public InputLimits Limits { get; init; } = new();
    /// <summary>When false, files whose bytes are unchanged are extracted again (reparse).</summary>
    public bool SkipUnchanged { get; init; } = true;
    /// <summary>When true, files that failed before are extracted again even with unchanged bytes.</summary>
    public bool RetryFailed { get; init; }
    /// <summary>When true, documents triage takes for agendas, papers or non-meeting documents are stored as meetings too.</summary>
    public bool IncludeAll { get; init; }
    /// <summary>When false, copies of one meeting are left as separate meetings (to compare a scan with its original).</summary>
    public bool MergeCopies { get; init; } = true;
    /// <summary>The body a file's meeting is filed under when the document names none (ingest --body, --body-from-folder).</summary>
    public Func<string, string?>? BodyForPath { get; init; }
}
