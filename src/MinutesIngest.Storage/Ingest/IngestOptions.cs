namespace MinutesIngest.Storage.Ingest;

/// <summary>Tuning for a run; the defaults suit a laptop-sized machine.</summary>
public sealed record IngestOptions
{
    /// <summary>Files extracted at once.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
    /// <summary>Most documents written in one transaction.</summary>
    public int BatchSize { get; init; } = 100;
    /// <summary>Extracted documents waiting for the writer; bounds memory whatever the corpus size.</summary>
    public int PendingDocuments { get; init; } = 200;
    /// <summary>Files larger than this are recorded as failed (too_large) without being parsed.</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;
    /// <summary>When false, files whose bytes are unchanged are extracted again (reparse).</summary>
    public bool SkipUnchanged { get; init; } = true;
}
