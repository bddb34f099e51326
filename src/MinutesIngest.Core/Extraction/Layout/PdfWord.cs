namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>A run of letters with no gap wider than a space, in PDF points (origin bottom-left).</summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Bottom, double Top, double Baseline, double FontSize, bool Bold)
{
    public double CenterX => (Left + Right) / 2;

    /// <summary>The advance of one character when the word is set in a fixed-pitch (typewriter) face, else null.</summary>
    public double? Pitch { get; init; }
}
