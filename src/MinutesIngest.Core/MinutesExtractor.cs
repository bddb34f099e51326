using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction;
using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Core.Extraction.Ocr;
using MinutesIngest.Core.Extraction.Pdf;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing;
using MinutesIngest.Core.Profiling;

namespace MinutesIngest.Core;

/// <summary>The whole extraction pipeline for one file: sniff → guard → extract blocks → parse minutes.</summary>
/// <remarks>Built only by <see cref="For"/>, so every caller reads with the same settings record a worker receives.</remarks>
public sealed class MinutesExtractor
{
    private readonly ExtractorSelector _selector;
    private readonly IOcrEngine _ocr;
    private readonly InputLimits _limits;

    // Tests inject an OCR engine here; everything else goes through For.
    internal MinutesExtractor(InputLimits? limits = null, IOcrEngine? ocr = null, Parsing.Suggestions.ICommitmentClassifier? commitments = null,
        Parsing.Pipeline.ILineRoleAdvisor? lineRoles = null)
    {
        _selector = new ExtractorSelector(ocr);
        _ocr = ocr ?? TesseractOcrEngine.Default;
        _limits = limits ?? new InputLimits();
        Parser = new MinutesParser(commitments, lineRoles);
    }

    /// <summary>The pipeline as <paramref name="settings"/> describe it.</summary>
    /// <param name="settings">Limits and OCR options.</param>
    /// <param name="commitments">Finds suggested actions when given.</param>
    /// <param name="lineRoles">When given, a learned advisor adds what it reads where the rules found nothing.</param>
    public static MinutesExtractor For(ExtractionSettings settings, Parsing.Suggestions.ICommitmentClassifier? commitments = null,
        Parsing.Pipeline.ILineRoleAdvisor? lineRoles = null) =>
        new(settings.Limits, OcrEngineFor(settings), commitments, settings.LearnedLineRoles ? lineRoles : null);

    /// <summary>As <see cref="For"/>, with the given pages of a scan read earlier (in parts) replayed rather than read again.</summary>
    public static MinutesExtractor WithRecordedOcr(ExtractionSettings settings, IReadOnlyList<OcrPage> recorded,
        Parsing.Suggestions.ICommitmentClassifier? commitments = null, Parsing.Pipeline.ILineRoleAdvisor? lineRoles = null) =>
        new(settings.Limits, new RecordedOcrEngine(recorded, OcrEngineFor(settings) ?? TesseractOcrEngine.Default), commitments,
            settings.LearnedLineRoles ? lineRoles : null);

    private static IOcrEngine? OcrEngineFor(ExtractionSettings settings) => settings.Ocr == new OcrEngineOptions() ? null : new TesseractOcrEngine(settings.Ocr);

    /// <summary>The parser this pipeline reads minutes with (for tools that inspect its candidate sentences).</summary>
    public MinutesParser Parser { get; }

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
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try { document = extractor.Extract(bytes, sourceName); }
        catch (ExtractionException) { throw; }
        catch (Exception e) when (e is not (OutOfMemoryException or InsufficientExecutionStackException))
        { throw new ExtractionException(FailureReasons.Corrupt, $"cannot read as {extractor.Format}: {e.Message}", e); }
        // A PDF times its own stages; every other format is one stage.
        if (extractor is not PdfExtractor) StageClock.Add(StageNames.OtherFormats, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        if (!document.Blocks.Any(b => !string.IsNullOrWhiteSpace(BlockText.Of(b))))
            throw new ExtractionException(FailureReasons.NoText, $"the {extractor.Format} file holds no text");
        return document;
    }

    public MinutesRecord Extract(string path) => Parser.Parse(ReadDocument(path));

    public MinutesRecord Extract(byte[] bytes, string sourceName) => Parser.Parse(ReadDocument(bytes, sourceName));

    /// <summary>Parses a document this pipeline (or another extractor) has read.</summary>
    public MinutesRecord Parse(SourceDocument document)
    {
        using (StageClock.Time(StageNames.Parse)) return Parser.Parse(document);
    }
}
