using MinutesIngest.Core.Extraction.Ocr;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Ingest.Pipeline;

namespace MinutesIngest.Ingest.Jobs;

/// <summary>
/// The extraction of a long scan whose pages were read in parts: the whole document is read by <paramref name="inner"/>
/// (a worker) with the saved pages replayed, or, when a part found the scan unreadable, that failure is the outcome.
/// </summary>
public sealed class RecordedScanExtractor(IMinutesFileExtractor inner, IReadOnlyList<OcrPage> pages, (string Reason, string? Message)? failure) : IMinutesFileExtractor
{
    public Task<ExtractionOutcome> ExtractAsync(ExtractionRequest request, CancellationToken cancellationToken) =>
        failure is var (reason, message)
            ? Task.FromResult(ExtractionOutcome.Failure(reason, message ?? reason, SniffedFormat.Of(request.Content, request.Path)))
            : inner.ExtractAsync(request with { Work = new ExtractionWork { RecordedPages = pages } }, cancellationToken);
}
