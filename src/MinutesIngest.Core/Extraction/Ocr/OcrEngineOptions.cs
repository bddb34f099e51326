namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>Where the OCR tools are and how hard they may work; the defaults suit a Debian install.</summary>
public sealed record OcrEngineOptions
{
    /// <summary>The Tesseract executable: a name looked up on PATH, or a path.</summary>
    public string TesseractPath { get; init; } = "tesseract";

    /// <summary>poppler's pdftoppm: a name looked up on PATH, or a path.</summary>
    public string PdftoppmPath { get; init; } = "pdftoppm";

    /// <summary>Tesseract language(s), e.g. "eng" or "eng+fra".</summary>
    public string Language { get; init; } = "eng";

    // 300 dpi is where Tesseract's English model reads body-size text best; lower loses small print.
    public int RenderDpi { get; init; } = 300;

    // A clean page takes ~3 s; a page ten times slower is pathological (huge or noise-filled) and must not stall an ingest.
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(60);

    // Clean scans read at a mean confidence of ~90; below this a page is read a second time with watermark and specks removed.
    public double CleanupBelowConfidence { get; init; } = 75;

    /// <summary>Most Tesseract processes this process runs at once; one per core when null.</summary>
    /// <remarks>A job server sharing a machine, or a benchmark of one OCR process per server, sets it lower.</remarks>
    public int? Processes { get; init; }

    /// <summary>Where each call makes (and always removes) its folder of page images; the system temp folder by default.</summary>
    public string? TempRoot { get; init; }
}
