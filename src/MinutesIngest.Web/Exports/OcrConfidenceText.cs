using System.Globalization;

namespace MinutesIngest.Web.Exports;

/// <summary>Writes OCR confidence for people: the mean over OCR'd pages, then each OCR'd page ("88.1 (p1 91.0, p3 85.2)").</summary>
public static class OcrConfidenceText
{
    /// <summary>Null when no page was OCR'd.</summary>
    public static string? Describe(IReadOnlyList<double?> pageConfidence)
    {
        var pages = pageConfidence.Select((c, i) => (Page: i + 1, Confidence: c)).Where(p => p.Confidence.HasValue).ToList();
        if (pages.Count == 0) return null;
        var mean = pages.Average(p => p.Confidence!.Value).ToString("0.0", CultureInfo.InvariantCulture);
        var each = string.Join(", ", pages.Select(p => "p" + p.Page.ToString(CultureInfo.InvariantCulture) + " " + p.Confidence!.Value.ToString("0.0", CultureInfo.InvariantCulture)));
        return $"{mean} ({each})";
    }
}
