using MinutesIngest.Core.Extraction.Ocr;

namespace MinutesIngest.Ingest.Pipeline;

/// <summary>What is asked of a file: extract it whole (the default), or one step of a long scan read in parts by several job servers.</summary>
public sealed record ExtractionWork
{
    /// <summary>The ordinary extraction of the whole file.</summary>
    public static ExtractionWork Whole { get; } = new();

    /// <summary>Only list the pages extraction would read by OCR (the outcome's <c>PagesNeedingOcr</c>).</summary>
    public bool FindOcrPages { get; init; }

    /// <summary>Only recognise these 1-based pages (the outcome's <c>OcrPages</c>).</summary>
    public IReadOnlyList<int>? RecognizePages { get; init; }

    /// <summary>Extract the whole file with these pages' OCR, read earlier in parts, replayed rather than read again.</summary>
    public IReadOnlyList<OcrPage>? RecordedPages { get; init; }
}
