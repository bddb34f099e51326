namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>A horizontal rule found in a page image, in straightened image pixels (skew already taken out).</summary>
public sealed record OcrRule(double Y, double Left, double Right);
