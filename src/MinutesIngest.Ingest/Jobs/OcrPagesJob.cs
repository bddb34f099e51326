using Hangfire;
using Hangfire.Server;
using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage;
using MinutesIngest.Storage.Scans;

namespace MinutesIngest.Ingest.Jobs;

/// <summary>
/// The job for some pages of a long scan: OCRs them in a worker process and saves what each page read. The job whose
/// save completes the scan (or that finds the scan unreadable) is named its assembler in that same transaction and
/// stores the document, once, exactly as a single job would: the whole file extracted with the saved pages replayed.
/// </summary>
/// <remarks>
/// Retried like a file job. A retry skips the pages already saved; a retried assembler (its server died mid-assembly)
/// is still the assembler, and the writer skips a document already stored with the same bytes.
/// </remarks>
public sealed class OcrPagesJob(MinutesDatabase database, IMinutesFileExtractor extractor, IngestOptions options)
{
    private readonly OcrScanStore _scans = new(database);

    [AutomaticRetry(Attempts = 6, DelaysInSeconds = [2, 5, 15, 60, 300, 900], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [Queue(JobQueueStorage.Queue)]
    public async Task Run(string path, string sha256, int[] pages, PerformContext? context, CancellationToken cancellationToken)
    {
        var scanKey = FileJobKey.For(path, sha256);
        // Outside Hangfire (a direct call) every call is its own job.
        var jobId = context?.BackgroundJob.Id ?? Guid.NewGuid().ToString("N");
        var scan = await _scans.FindAsync(scanKey, cancellationToken) ?? throw new InvalidOperationException($"{path}: its scan was never begun");
        if (scan.Assembler == null) scan = await ReadPagesAsync(scan, jobId, pages, context, cancellationToken);
        if (scan.Assembler != jobId || scan.AssembledAt != null) return;
        await AssembleAsync(scan, context, cancellationToken);
    }

    private async Task<OcrScan> ReadPagesAsync(OcrScan scan, string jobId, int[] pages, PerformContext? context, CancellationToken ct)
    {
        var missing = await _scans.MissingPagesAsync(scan.Sha256, pages, ct);
        // Saving nothing still counts: pages saved by another scan of the same bytes may complete this one.
        if (missing.Count == 0) return await _scans.SavePagesAsync(scan.ScanKey, jobId, [], ct);
        byte[] bytes;
        try { bytes = await File.ReadAllBytesAsync(scan.Path, ct); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { return await _scans.FailAsync(scan.ScanKey, jobId, FailureReasons.Unreadable, e.Message, ct); }
        var outcome = await extractor.ExtractAsync(new ExtractionRequest(scan.Path, bytes) { Work = new ExtractionWork { RecognizePages = missing } }, ct);
        if (outcome.OcrPages is { } read)
            return await _scans.SavePagesAsync(scan.ScanKey, jobId, read.Select(p => (p.PageNumber, OcrPageJson.Write(p))).ToList(), ct);
        var reason = outcome.FailureReason ?? FailureReasons.Unknown;
        IngestFileJob.ThrowIfTransient(scan.Path, (reason, outcome.FailureMessage), context);
        // A reason in the bytes (a page that cannot be rendered): the scan fails once, stored by the one job named for it.
        return await _scans.FailAsync(scan.ScanKey, jobId, reason, outcome.FailureMessage, ct);
    }

    private async Task AssembleAsync(OcrScan scan, PerformContext? context, CancellationToken ct)
    {
        var failure = scan.FailureReason is { } reason ? (reason, scan.FailureMessage) : ((string, string?)?)null;
        var pages = failure == null ? (await _scans.LoadPagesAsync(scan, ct)).Select(OcrPageJson.Read).ToList() : [];
        var assembly = new RecordedScanExtractor(extractor, pages, failure);
        var report = await new IngestPipeline(database, assembly, options with { RetryFailed = true }).RunAsync([scan.Path], ct);
        IngestFileJob.ThrowIfTransient(scan.Path, report.Failures.FirstOrDefault(f => f.Reason != null && IngestFileJob.TransientReasons.Contains(f.Reason)) is { } f ? (f.Reason!, f.Message) : null, context);
        await _scans.FinishAsync(scan, ct);
    }
}
