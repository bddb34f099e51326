namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>The words recognised on one page image, with the image's size in pixels.</summary>
public sealed record OcrPage(int PageNumber, int WidthPixels, int HeightPixels, IReadOnlyList<OcrWord> Words)
{
    /// <summary>Mean word confidence (0-100), or null when Tesseract found no words.</summary>
    public double? MeanConfidence => Words.Count == 0 ? null : Words.Average(w => w.Confidence);

    /// <summary>Slope (dy/dx, pixels) of the text lines, when the engine measured it.</summary>
    public double? Skew { get; init; }

    /// <summary>Horizontal rules found in the image, in straightened pixels.</summary>
    public IReadOnlyList<OcrRule> Rules { get; init; } = [];
}
