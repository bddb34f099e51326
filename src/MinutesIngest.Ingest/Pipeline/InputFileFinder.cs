namespace MinutesIngest.Ingest.Pipeline;

/// <summary>Expands the paths given to <c>minutes ingest</c> into the files to ingest: folders recursively, hidden entries and JSON sidecars left out.</summary>
public static class InputFileFinder
{
    /// <summary>Absolute paths, each once, in a stable order; a path that does not exist is returned as given so it gets reported.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> inputs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<string>();
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            var found = Directory.Exists(full) ? Walk(full).Order(StringComparer.Ordinal) : Enumerable.Repeat(full, 1);
            foreach (var file in found)
                if (seen.Add(file)) files.Add(file);
        }
        return files;
    }

    private static IEnumerable<string> Walk(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        foreach (var file in Directory.EnumerateFiles(folder, "*", options))
        {
            // JSON beside a document is its gold label or an extract output, never minutes to ingest.
            if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) continue;
            if (IsHidden(Path.GetRelativePath(folder, file))) continue;
            yield return file;
        }
    }

    // On Unix, FileAttributes.Hidden covers dot-names of the file itself but not of the folders it sits in.
    private static bool IsHidden(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
