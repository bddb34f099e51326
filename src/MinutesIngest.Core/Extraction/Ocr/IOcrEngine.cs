namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>
/// Recognises text on page images. Implementations run external tools; they throw
/// <see cref="ExtractionException"/> with reason <c>ocr_unavailable</c> when the tools are missing
/// and <c>ocr_timeout</c> when a page takes longer than allowed.
/// </summary>
public interface IOcrEngine
{
    /// <summary>Renders the given 1-based pages of a PDF and recognises each; results in the order asked.</summary>
    IReadOnlyList<OcrPage> RecognizePdfPages(byte[] pdf, IReadOnlyList<int> pageNumbers);

    /// <summary>Recognises every page of an image file (PNG, JPEG, TIFF incl. multi-page).</summary>
    IReadOnlyList<OcrPage> RecognizeImage(byte[] image);
}
