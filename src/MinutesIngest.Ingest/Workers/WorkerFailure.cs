namespace MinutesIngest.Ingest.Workers;

/// <summary>A worker that did not answer: why (a <see cref="Core.Extraction.Guards.FailureReasons"/> code) and what was seen.</summary>
public sealed class WorkerFailure(string reason, string message) : Exception(message)
{
    public string Reason { get; } = reason;
}
