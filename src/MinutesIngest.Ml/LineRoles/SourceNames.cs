using System.Text.RegularExpressions;

namespace MinutesIngest.Ml.LineRoles;

/// <summary>
/// Names the source of each labelled document: the repository a <c>SOURCES*.md</c> table beside it gives, else the
/// document's own name without a scan suffix, so a scan and the document it was rendered from share one source.
/// </summary>
public static partial class SourceNames
{
    /// <summary>Document name (file name without extension) → repository, read from the tables of the SOURCES*.md files in <paramref name="folder"/>.</summary>
    public static IReadOnlyDictionary<string, string> Repositories(string folder)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return map;
        foreach (var file in Directory.EnumerateFiles(folder, "SOURCES*.md").Order(StringComparer.Ordinal))
            foreach (var line in File.ReadLines(file))
                if (TableRow().Match(line) is { Success: true } m)
                    map.TryAdd(Path.GetFileNameWithoutExtension(m.Groups["file"].Value.Trim()), m.Groups["repo"].Value.Trim());
        return map;
    }

    /// <summary>The source key of a document: "repo:" + its repository when known, else "own:" + its name without a scan suffix.</summary>
    public static string Of(string name, IReadOnlyDictionary<string, string> repositories) =>
        repositories.TryGetValue(name, out var repo) ? "repo:" + repo : "own:" + ScanSuffix().Replace(name, "");

    // "| file.ext | owner/name (branch `x`) | …": the first two cells of a sources table row.
    [GeneratedRegex(@"^\|\s*(?<file>[\w.-]+\.\w{2,4})\s*\|\s*(?<repo>[\w.-]+/[\w.-]+)")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"-(?:degraded-)?scan$")]
    private static partial Regex ScanSuffix();
}
