using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MinutesIngest.Core.Extraction.Docx;

/// <summary>
/// Text found outside the body that may still carry metadata: the package title ("title") and the
/// distinct lines of page headers ("header") and footers ("footer").
/// </summary>
internal static class DocxProperties
{
    public static IReadOnlyDictionary<string, string> Read(WordprocessingDocument doc)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var title = doc.PackageProperties.Title?.Trim();
        if (!string.IsNullOrEmpty(title)) properties["title"] = title;
        var main = doc.MainDocumentPart;
        if (main is null) return properties;
        AddLines(properties, "header", main.HeaderParts.Select(h => h.Header));
        AddLines(properties, "footer", main.FooterParts.Select(f => f.Footer));
        return properties;
    }

    private static void AddLines(Dictionary<string, string> properties, string key, IEnumerable<OpenXmlElement?> roots)
    {
        var lines = new List<string>();
        foreach (var root in roots)
        {
            if (root is null) continue;
            foreach (var paragraph in root.Descendants<Paragraph>())
                foreach (var line in WordParagraphTextReader.Read(paragraph).Text.Split('\n'))
                    if (line.Length > 0 && !lines.Contains(line)) lines.Add(line);
        }
        if (lines.Count > 0) properties[key] = string.Join("\n", lines);
    }
}
