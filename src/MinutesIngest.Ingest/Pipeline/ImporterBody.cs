namespace MinutesIngest.Ingest.Pipeline;

/// <summary>The body the importer gives for files whose document names none: one name for all, or each file's first folder below the path given.</summary>
public static class ImporterBody
{
    /// <summary>Null when the importer gave neither; a folder-given body wins over the single name for files that sit in a folder.</summary>
    public static Func<string, string?>? For(IReadOnlyList<string> inputs, string? name, bool fromFolder)
    {
        if (!fromFolder) return string.IsNullOrWhiteSpace(name) ? null : _ => name;
        var roots = inputs.Select(Path.GetFullPath).Where(Directory.Exists).Select(r => r.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).ToList();
        return path => FirstFolder(roots, path) ?? (string.IsNullOrWhiteSpace(name) ? null : name);
    }

    private static string? FirstFolder(IReadOnlyList<string> roots, string path)
    {
        foreach (var root in roots.Where(r => path.StartsWith(r, StringComparison.Ordinal)).OrderByDescending(r => r.Length))
        {
            var relative = path[root.Length..];
            var slash = relative.IndexOf(Path.DirectorySeparatorChar);
            return slash > 0 ? relative[..slash] : null;
        }
        return null;
    }
}
