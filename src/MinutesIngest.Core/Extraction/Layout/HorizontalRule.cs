namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>A horizontal line drawn on the page (table border, cell edge), in PDF points.</summary>
internal readonly record struct HorizontalRule(double Y, double Left, double Right);
