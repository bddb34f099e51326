using System.Globalization;
using MinutesIngest.Core.Documents;

namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>How OCR facts travel in <see cref="SourceDocument.Properties"/>: which pages were read by OCR and how sure Tesseract was.</summary>
public static class OcrProperties
{
    /// <summary>"page:confidence" pairs for the OCR'd pages, e.g. "2:91.4,3:88.0" (confidence empty when a page had no words).</summary>
    public const string PageConfidenceKey = "ocr_page_confidence";

    /// <summary>Records the OCR'd pages (1-based) and their mean word confidence.</summary>
    public static void Write(IDictionary<string, string> properties, IEnumerable<OcrPage> pages) =>
        properties[PageConfidenceKey] = string.Join(",", pages.Select(p =>
            p.PageNumber.ToString(CultureInfo.InvariantCulture) + ":" + (p.MeanConfidence?.ToString("0.0", CultureInfo.InvariantCulture) ?? "")));

    /// <summary>One entry per page of the document: the mean OCR confidence (0-100) of an OCR'd page, null for text pages; empty when nothing was OCR'd.</summary>
    public static IReadOnlyList<double?> PageConfidences(SourceDocument document)
    {
        if (!document.Properties.TryGetValue(PageConfidenceKey, out var value) || value.Length == 0) return [];
        var result = new double?[document.PageCount];
        foreach (var pair in value.Split(','))
        {
            var parts = pair.Split(':');
            if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var page) || page < 1 || page > result.Length) continue;
            if (double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var conf)) result[page - 1] = conf;
        }
        return result;
    }

    /// <summary>The mean over OCR'd pages of their mean confidence, or null when no page was OCR'd (or none had words).</summary>
    public static double? MeanConfidence(SourceDocument document)
    {
        var values = PageConfidences(document).Where(c => c.HasValue).Select(c => c!.Value).ToList();
        return values.Count == 0 ? null : values.Average();
    }
}
