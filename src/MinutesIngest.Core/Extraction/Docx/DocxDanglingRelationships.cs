using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace MinutesIngest.Core.Extraction.Docx;

/// <summary>Drops relationships whose target part is absent from the package, naming each as a warning.</summary>
/// <remarks>
/// Word and LibreOffice open a package that lost its theme, its app properties or a footer its relationships still
/// name; the Open XML SDK refuses the whole package instead. Only the main document part is needed for the text, so a
/// dangling relationship to anything else is removed before the SDK sees the package.
/// </remarks>
internal static class DocxDanglingRelationships
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The package to open (the same bytes when nothing dangles) and one warning per relationship removed.</summary>
    public static (byte[] Content, IReadOnlyList<string> Warnings) Repair(byte[] content)
    {
        var rewrites = new Dictionary<string, XDocument>(StringComparer.Ordinal);
        var warnings = new List<string>();
        try
        {
            using (var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read))
            {
                // Part names are case-insensitive in Open Packaging.
                var parts = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
                foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
                {
                    var rels = Load(entry);
                    var source = SourceFolder(entry.FullName);
                    var dangling = rels.Root?.Elements(XName.Get("Relationship", RelationshipsNamespace))
                        .Where(r => (string?)r.Attribute("TargetMode") != "External" && (string?)r.Attribute("Target") is { } target
                            && Resolve(source, target) is { } part && !parts.Contains(part))
                        .ToList() ?? [];
                    if (dangling.Count == 0) continue;
                    foreach (var r in dangling)
                    {
                        warnings.Add($"missing part {Resolve(source, (string)r.Attribute("Target")!)} (named by {entry.FullName}) was skipped");
                        r.Remove();
                    }
                    rewrites[entry.FullName] = rels;
                }
            }
            return rewrites.Count == 0 ? (content, warnings) : (Rewrite(content, rewrites), warnings);
        }
        // A damaged zip or relationship part is left for the SDK to report in its own words.
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return (content, []);
        }
    }

    private static XDocument Load(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader);
    }

    // "_rels/.rels" belongs to the package root, "word/_rels/document.xml.rels" to the folder "word/".
    private static string SourceFolder(string relsName)
    {
        var folder = Path.GetDirectoryName(Path.GetDirectoryName(relsName.Replace('\\', '/')))?.Replace('\\', '/') ?? "";
        return folder.Length == 0 ? "" : folder + "/";
    }

    private static string? Resolve(string sourceFolder, string target)
    {
        if (target.Length == 0 || target.Contains(':', StringComparison.Ordinal)) return null;
        var path = Uri.UnescapeDataString(target.Replace('\\', '/'));
        path = path.StartsWith('/') ? path[1..] : sourceFolder + path;
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..") { if (segments.Count > 0) segments.RemoveAt(segments.Count - 1); }
            else segments.Add(segment);
        }
        return string.Join('/', segments);
    }

    private static byte[] Rewrite(byte[] content, Dictionary<string, XDocument> rewrites)
    {
        using var output = new MemoryStream(content.Length);
        using (var source = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                if (rewrites.TryGetValue(entry.FullName, out var rels)) rels.Save(to);
                else
                {
                    using var from = entry.Open();
                    from.CopyTo(to);
                }
            }
        }
        return output.ToArray();
    }
}
