using System.Diagnostics;
using MinutesIngest.Core;
using MinutesIngest.Core.Extraction;
using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Core.Extraction.Ocr;
using MinutesIngest.Core.Extraction.Pdf;
using MinutesIngest.Core.Parsing;
using MinutesIngest.Core.Parsing.Suggestions;
using MinutesIngest.Ingest.Triage;
using MinutesIngest.Core.Bodies;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Profiling;

namespace MinutesIngest.Ingest.Pipeline;

/// <summary>Runs the extraction pipeline inside this process, one extractor per thread; for debugging and inside workers.</summary>
/// <remarks>Nothing here survives a stack overflow or a hang: the ingest uses worker processes unless asked otherwise.</remarks>
/// <param name="settings">Limits and OCR options (defaults when null).</param>
/// <param name="commitments">When given (it must be thread-safe), records also carry suggested actions.</param>
/// <param name="lineRoles">When given (it must be thread-safe), a learned advisor adds what it reads where the rules found nothing.</param>
public sealed class InProcessMinutesFileExtractor(ExtractionSettings? settings = null, ICommitmentClassifier? commitments = null,
    Core.Parsing.Pipeline.ILineRoleAdvisor? lineRoles = null) : IMinutesFileExtractor
{
    // Extractors and parser keep per-instance state; threads must not share them.
    private readonly ExtractionSettings _settings = settings ?? new ExtractionSettings();
    private readonly ThreadLocal<MinutesExtractor> _perThread = new(() => MinutesExtractor.For(settings ?? new ExtractionSettings(), commitments, lineRoles));

    public Task<ExtractionOutcome> ExtractAsync(ExtractionRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Extract(request));
    }

    /// <summary>Extracts on the calling thread; throws only <see cref="OutOfMemoryException"/>.</summary>
    public ExtractionOutcome Extract(ExtractionRequest request)
    {
        var clock = Stopwatch.StartNew();
        var pipeline = _perThread.Value!;
        var sourceName = Path.GetFileName(request.Path);
        var work = request.Work;
        try
        {
            // The steps of a long scan read in parts: the same reader, so the same guards, pages and OCR as a whole reading.
            if (work.FindOcrPages)
                return new ExtractionOutcome { Format = PdfExtractor.OcrFormat, PagesNeedingOcr = pipeline.PagesNeedingOcr(request.Content, sourceName), Elapsed = clock.Elapsed };
            if (work.RecognizePages is { } pages)
                return new ExtractionOutcome { Format = PdfExtractor.OcrFormat, OcrPages = pipeline.RecognizePages(request.Content, sourceName, pages), Elapsed = clock.Elapsed };
            // Saved pages are replayed only while reading; the thread's own pipeline parses, as for any document.
            var reader = work.RecordedPages is { } recorded ? MinutesExtractor.WithRecordedOcr(_settings, recorded) : pipeline;
            var document = reader.ReadDocument(request.Content, sourceName);
            var record = pipeline.Parse(document);
            using var triageClock = StageClock.Time(StageNames.Triage);
            var triage = DocumentTriage.Classify(document, record);
            var pageConfidence = OcrProperties.PageConfidences(document);
            return ExtractionOutcome.Success(record, document.PageCount) with
            {
                Elapsed = clock.Elapsed,
                OcrPageConfidence = pageConfidence,
                DocumentClass = triage.Code,
                TriageReason = triage.Reason,
                BodyFound = BodyResolver.Find(document, record),
                Warnings = [.. document.Warnings, .. OcrPageWarnings.For(pageConfidence)],
            };
        }
        catch (ExtractionException e)
        {
            return ExtractionOutcome.Failure(e.Reason, e.Message, SniffedFormat.Of(request.Content, sourceName)) with { Elapsed = clock.Elapsed };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ExtractionOutcome.Failure(FailureReasons.Crashed, $"{e.GetType().Name}: {e.Message}", SniffedFormat.Of(request.Content, sourceName)) with { Elapsed = clock.Elapsed };
        }
    }
}
