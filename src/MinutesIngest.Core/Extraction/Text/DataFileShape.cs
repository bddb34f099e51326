using System.Text.Json;
using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Extraction.Text;

/// <summary>Recognises a text file that is structured data (JSON, CSV/TSV, YAML) rather than prose: a labelled record, an
/// export or a configuration file read as text holds no minutes, whatever words its values contain.</summary>
internal static partial class DataFileShape
{
    // Past this a file is read only for its prose; data files that large are exports nobody ingests by mistake as minutes.
    private const int MaxJsonChars = 4_000_000;

    /// <summary>"json", "csv" or "yaml" when the whole text is data of that kind, else null.</summary>
    public static string? Of(string text, string sourceName)
    {
        var trimmed = text.Trim('\uFEFF', ' ', '\t', '\n');
        if (trimmed.Length == 0) return null;
        if (trimmed[0] is '{' or '[' && trimmed.Length <= MaxJsonChars && IsJson(trimmed)) return "json";
        var lines = trimmed.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        if (IsDelimited(lines, sourceName)) return "csv";
        return IsYaml(lines, sourceName) ? "yaml" : null;
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 256, AllowTrailingCommas = true });
            return document.RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Array;
        }
        catch (JsonException) { return false; }
    }

    // Every row has the same number of fields split by one delimiter: a table export. Minutes that hold a table also hold
    // lines of prose around it; a few header lines ("Present: A, B") can share one comma, so two fields count only in a
    // file named as a table.
    private static bool IsDelimited(List<string> lines, string sourceName)
    {
        if (lines.Count < 3) return false;
        var minimum = Path.GetExtension(sourceName).ToLowerInvariant() is ".csv" or ".tsv" ? 2 : 3;
        foreach (var delimiter in (char[])[',', '\t', ';'])
        {
            var counts = lines.Select(l => FieldCount(l, delimiter)).Distinct().ToList();
            if (counts is [var n] && n >= minimum) return true;
        }
        return false;
    }

    private static int FieldCount(string line, char delimiter)
    {
        int fields = 1;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == delimiter && !quoted) fields++;
        }
        return fields;
    }

    // Every line is a key, a list entry or a comment. Markdown minutes have the same shape (bullets, "Present: …" labels,
    // "#" headings read as comments), so only a file named as YAML or opening with a YAML directive is taken for data.
    private static bool IsYaml(List<string> lines, string sourceName)
    {
        var declared = Path.GetExtension(sourceName).ToLowerInvariant() is ".yaml" or ".yml" || lines[0].StartsWith("%YAML", StringComparison.Ordinal);
        if (!declared) return false;
        var content = lines.Where(l => !l.TrimStart().StartsWith('#') && !l.StartsWith('%') && l.Trim() is not ("---" or "...")).ToList();
        return content.Count > 0 && content.All(l => YamlLine().IsMatch(l));
    }

    [GeneratedRegex(@"^\s*(?:-\s+)?[\w""'./-]+\s*:(?:\s|$)|^\s*-\s+\S|^\s+\S")]
    private static partial Regex YamlLine();
}
