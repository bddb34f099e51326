using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction;
using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Core.Extraction.Ocr;
using MinutesIngest.Core.Extraction.Pdf;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing;

namespace MinutesIngest.Core;

/// <summary>The whole extraction pipeline for one file: sniff → guard → extract blocks → parse minutes.</summary>
/// <param name="limits">Input guards (default limits when null).</param>
/// <param name="ocr">The engine scanned pages and images go through (default: Tesseract).</param>
/// <param name="commitments">When given, records also list suggested actions (unmarked commitments).</param>
/// <param name="lineRoles">When given, a learned advisor adds what it reads where the rules found nothing.</param>
public sealed class MinutesExtractor(InputLimits? limits = null, IOcrEngine? ocr = null, Parsing.Suggestions.ICommitmentClassifier? commitments = null,
    Parsing.Pipeline.ILineRoleAdvisor? lineRoles = null)
{
    private readonly ExtractorSelector _selector = new(ocr);
    private readonly IOcrEngine _ocr = ocr ?? TesseractOcrEngine.Default;
    private readonly MinutesParser _parser = new(commitments, lineRoles);
    private readonly InputLimits _limits = limits ?? new InputLimits();

    /// <summary>The pipeline as <paramref name="settings"/> describe it; <paramref name="commitments"/> finds suggested actions when given.</summary>
    public static MinutesExtractor For(ExtractionSettings settings, Parsing.Suggestions.ICommitmentClassifier? commitments = null) =>
        new(settings.Limits, OcrEngineFor(settings), commitments);

    /// <summary>The pipeline as <paramref name="settings"/> describe it, with the given pages of a scan read earlier (in parts) replayed rather than read again.</summary>
    public static MinutesExtractor WithRecordedOcr(ExtractionSettings settings, IReadOnlyList<OcrPage> recorded) =>
        new(settings.Limits, new RecordedOcrEngine(recorded, OcrEngineFor(settings) ?? TesseractOcrEngine.Default));

    private static IOcrEngine? OcrEngineFor(ExtractionSettings settings) => settings.Ocr == new OcrEngineOptions() ? null : new TesseractOcrEngine(settings.Ocr);

    /// <summary>The pages of a PDF that extraction would read by OCR (none for any other kind), after the same input guards.</summary>
    public IReadOnlyList<int> PagesNeedingOcr(byte[] bytes, string sourceName)
    {
        var kind = FileKindSniffer.Sniff(bytes, sourceName);
        if (kind != FileKind.Pdf) return [];
        InputGuard.Check(bytes, kind, _limits);
        return PdfExtractor.PagesNeedingOcr(bytes);
    }

    /// <summary>Recognises only the given pages of a PDF (part of a long scan read by several servers); throws <see cref="ExtractionException"/> with the reason when it cannot.</summary>
    public IReadOnlyList<OcrPage> RecognizePages(byte[] bytes, string sourceName, IReadOnlyList<int> pages)
    {
        InputGuard.Check(bytes, FileKindSniffer.Sniff(bytes, sourceName), _limits);
        try { return _ocr.RecognizePdfPages(bytes, pages); }
        catch (ExtractionException) { throw; }
        catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException))
        { throw new ExtractionException(FailureReasons.Corrupt, $"cannot read as {PdfExtractor.OcrFormat}: {e.Message}", e); }
    }

    /// <summary>Reads a file into the block model; throws <see cref="ExtractionException"/> with the reason when it cannot.</summary>
    public SourceDocument ReadDocument(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { throw new ExtractionException(FailureReasons.Unreadable, e.Message, e); }
        return ReadDocument(bytes, Path.GetFileName(path));
    }

    public SourceDocument ReadDocument(byte[] bytes, string sourceName)
    {
        var extractor = _selector.Select(bytes, sourceName);
        InputGuard.Check(bytes, FileKindSniffer.Sniff(bytes, sourceName), _limits);
        SourceDocument document;
        try { document = extractor.Extract(bytes, sourceName); }
        catch (ExtractionException) { throw; }
        catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException))
        { throw new ExtractionException(FailureReasons.Corrupt, $"cannot read as {extractor.Format}: {e.Message}", e); }
        if (!document.Blocks.Any(b => !string.IsNullOrWhiteSpace(BlockText.Of(b))))
            throw new ExtractionException(FailureReasons.NoText, $"the {extractor.Format} file holds no text");
        return document;
    }

    public MinutesRecord Extract(string path) => _parser.Parse(ReadDocument(path));

    public MinutesRecord Extract(byte[] bytes, string sourceName) => _parser.Parse(ReadDocument(bytes, sourceName));
}
