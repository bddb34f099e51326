using MinutesIngest.Storage.Ingest;

namespace MinutesIngest.Storage.Writing;

/// <summary>One file's extraction result on its way to the database.</summary>
public sealed record DocumentToStore(string Path, string? Sha256, long SizeBytes, ExtractionOutcome Extraction, bool ReplacesExisting)
{
    /// <summary>The outcome this document has once its rows are committed.</summary>
    public FileResult ToResult() => (Extraction.Succeeded
        ? new FileResult(Path, ReplacesExisting ? FileOutcome.Replaced : FileOutcome.Stored)
        : new FileResult(Path, FileOutcome.Failed, Extraction.FailureReason, Extraction.FailureMessage)) with { ExtractionTime = Extraction.Elapsed, Pages = Extraction.Pages };
}
