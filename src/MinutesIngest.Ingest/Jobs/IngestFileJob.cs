using Hangfire;
using Hangfire.Server;
using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Storage;
using MinutesIngest.Storage.Writing;
using MinutesIngest.Ingest.Pipeline;

namespace MinutesIngest.Ingest.Jobs;

/// <summary>The job a server runs for one queued file: the ordinary ingest of that file (worker-process extraction, the writer's transaction and status codes).</summary>
/// <remarks>
/// A database that is gone throws, and so does a worker that died under the document (<see cref="TransientIngestException"/>):
/// Hangfire retries those with back-off. A document that fails for a reason in its bytes (corrupt, bomb, encrypted…) is
/// stored as failed with its reason, and the job succeeds: retrying it would fail the same way. A long scan is handed to
/// <paramref name="scans"/>, which queues its pages as jobs of their own.
/// </remarks>
public sealed class IngestFileJob(MinutesDatabase database, IMinutesFileExtractor extractor, IngestOptions options, LongScanSplitter? scans = null)
{
    /// <summary>Reasons that say nothing about the document's bytes: the work is tried again.</summary>
    public static readonly IReadOnlySet<string> TransientReasons = new HashSet<string>(StringComparer.Ordinal) { FailureReasons.Crashed };

    /// <summary>Attempts after which a transient-looking failure is taken as the document's own (a parser that always crashes on it).</summary>
    public const int TransientAttempts = 2;

    [AutomaticRetry(Attempts = 6, DelaysInSeconds = [2, 5, 15, 60, 300, 900], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [Queue(JobQueueStorage.Queue)]
    public async Task Run(string path, string sha256, PerformContext? context, CancellationToken cancellationToken)
    {
        (string Reason, string? Message)? failed = null;
        if (scans != null && context != null && await scans.TrySplitAsync(path, sha256, context.Storage, f => failed = f, cancellationToken)) return;
        // Looking for scanned pages already failed for a reason in the bytes: that failure is stored, not found again.
        var reader = failed == null ? extractor : new RecordedScanExtractor(extractor, [], failed);
        // A failure recorded by an earlier attempt is what is being retried, so it is extracted again, not skipped.
        var report = await new IngestPipeline(database, reader, options with { RetryFailed = true }).RunAsync([path], cancellationToken);
        ThrowIfTransient(path, report.Failures.FirstOrDefault(f => f.Reason != null && TransientReasons.Contains(f.Reason)) is { } f ? (f.Reason!, f.Message) : null, context);
    }

    /// <summary>Throws for Hangfire to retry when the failure says nothing about the document, until <see cref="TransientAttempts"/> retries have passed.</summary>
    public static void ThrowIfTransient(string path, (string Reason, string? Message)? failure, PerformContext? context)
    {
        var retries = context?.GetJobParameter<int>("RetryCount") ?? 0;
        if (retries < TransientAttempts && failure is var (reason, message) && TransientReasons.Contains(reason))
            throw new TransientIngestException(path, reason, message);
    }
}
