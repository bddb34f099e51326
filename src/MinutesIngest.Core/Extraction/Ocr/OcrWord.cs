namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>One word Tesseract recognised: its box in image pixels (origin top-left), confidence 0-100, and the line Tesseract put it in.</summary>
public sealed record OcrWord(string Text, int Left, int Top, int Width, int Height, double Confidence, int Block, int Paragraph, int Line)
{
    public int Right => Left + Width;
    public int Bottom => Top + Height;

    /// <summary>Mean width in pixels of the word's vertical strokes, when the page image was measured; bold words have wider ones.</summary>
    public double? StrokeWidth { get; init; }
}
