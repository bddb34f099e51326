namespace MinutesIngest.Ingest.Jobs;

/// <summary>A document failed for a reason outside its bytes (its worker was killed); thrown so Hangfire retries the job.</summary>
public sealed class TransientIngestException(string path, string reason, string? message)
    : Exception($"{path}: {reason}: {message} (retried)")
{
    public string Reason { get; } = reason;
}
