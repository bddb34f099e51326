using Hangfire;
using Hangfire.States;
using MinutesIngest.Core.Extraction;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage;
using MinutesIngest.Storage.Scans;

namespace MinutesIngest.Ingest.Jobs;

/// <summary>
/// Turns a queued PDF with more than <paramref name="pagesPerJob"/> pages to OCR into page jobs (<see cref="OcrPagesJob"/>)
/// of that many pages each (0: never), so one long scan spreads over every server; anything else is left to the ordinary file job.
/// </summary>
public sealed class LongScanSplitter(MinutesDatabase database, IMinutesFileExtractor extractor, IngestOptions options, int pagesPerJob)
{
    /// <summary>At ~3 s a page, a part of 8 pages is a job of about half a minute: long enough that queueing costs nothing, short enough to spread.</summary>
    public const int DefaultPagesPerJob = 8;

    private readonly OcrScanStore _scans = new(database);

    /// <summary>
    /// True when the file was split (its page jobs are queued, or were by an earlier attempt); false when the file job
    /// should ingest it, then with <paramref name="failure"/> set when looking for its scanned pages already failed
    /// for a reason in its bytes (so a hostile file costs one worker's time, not two).
    /// </summary>
    public async Task<bool> TrySplitAsync(string path, string sha256, JobStorage storage, Action<(string Reason, string? Message)> failure, CancellationToken ct)
    {
        if (pagesPerJob <= 0) return false;
        var scanKey = FileJobKey.For(path, sha256);
        var scan = await _scans.FindAsync(scanKey, ct);
        // Assembled before: the file job then skips it as unchanged (or stores changed bytes) like any file.
        if (scan is { AssembledAt: not null }) return false;
        if (scan == null)
        {
            var outcome = await ScannedPagesAsync(path, ct);
            if (outcome is { FailureReason: { } reason } && !IngestFileJob.TransientReasons.Contains(reason)) failure((reason, outcome.FailureMessage));
            if (outcome?.PagesNeedingOcr is not { } pages || pages.Count <= pagesPerJob) return false;
            scan = await _scans.BeginAsync(scanKey, sha256, path, pages, ct);
        }
        // A retried file job queues the parts again: a part whose pages are saved, or whose scan is assembled, does nothing.
        var client = new BackgroundJobClient(storage);
        foreach (var part in scan.Pages.Chunk(pagesPerJob))
            client.Create<OcrPagesJob>(job => job.Run(path, sha256, part, null, CancellationToken.None), new EnqueuedState(JobQueueStorage.Queue));
        return true;
    }

    // Null when the file is no PDF, small enough for one job, or unreadable: the file job then records what it is.
    private async Task<Core.Minutes.ExtractionOutcome?> ScannedPagesAsync(string path, CancellationToken ct)
    {
        if (PdfPageCount.Read(path) is { } count && count <= pagesPerJob) return null;
        try
        {
            if (new FileInfo(path).Length > options.Limits.MaxBytesFor(FileKind.Pdf)) return null;
            var bytes = await File.ReadAllBytesAsync(path, ct);
            if (FileKindSniffer.Sniff(bytes, Path.GetFileName(path)) != FileKind.Pdf) return null;
            return await extractor.ExtractAsync(new ExtractionRequest(path, bytes) { Work = new ExtractionWork { FindOcrPages = true } }, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }
}
