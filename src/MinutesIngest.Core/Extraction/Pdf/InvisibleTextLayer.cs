using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace MinutesIngest.Core.Extraction.Pdf;

/// <summary>
/// Recognises the text layer OCR software lays over a scanned page: letters drawn in a rendering mode that paints
/// nothing (PDF text render mode 3, or 7 which only clips), so the reader sees the picture and search finds the text.
/// </summary>
internal static class InvisibleTextLayer
{
    /// <summary>True when the page has letters and none of them is painted.</summary>
    public static bool IsOverlay(IReadOnlyList<Letter> letters) =>
        letters.Count > 0 && letters.All(l => l.RenderingMode is TextRenderingMode.Neither or TextRenderingMode.NeitherClip);
}
