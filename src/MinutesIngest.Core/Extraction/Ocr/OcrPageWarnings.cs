using System.Globalization;

namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>Warnings for pages OCR read so poorly that their text, and what was parsed from it, may be wrong.</summary>
public static class OcrPageWarnings
{
    // Clean scans read at a mean word confidence near 90 and speckled ones near 75; below 60 whole words are wrong
    // often enough that names, numbers and dates on the page cannot be trusted.
    public const double PoorConfidence = 60;

    /// <summary>One warning per OCR'd page (1-based) whose mean word confidence is below <see cref="PoorConfidence"/>.</summary>
    public static IReadOnlyList<string> For(IReadOnlyList<double?> pageConfidence) =>
        pageConfidence.Select((c, i) => (Confidence: c, Page: i + 1))
            .Where(p => p.Confidence is { } c && c < PoorConfidence)
            .Select(p => string.Create(CultureInfo.InvariantCulture,
                $"page {p.Page} was read by OCR at a mean word confidence of {p.Confidence:0}: its text may be wrong"))
            .ToList();
}
