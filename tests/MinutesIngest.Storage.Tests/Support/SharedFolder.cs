namespace MinutesIngest.Storage.Tests.Support;

/// <summary>Finds the project's shared folder (labelled corpora) by walking up from the test binaries.</summary>
public static class SharedFolder
{
    public static string Path { get; } = Locate();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(System.IO.Path.Combine(candidate, "corpus-real"))) return candidate;
        }
        throw new DirectoryNotFoundException("no shared/corpus-real above " + AppContext.BaseDirectory);
    }

    /// <summary>The plain-text documents (txt, md) of the labelled corpora.</summary>
    public static IReadOnlyList<string> TextDocuments() =>
        new[] { "corpus-seed", "corpus-real" }
            .Select(c => System.IO.Path.Combine(Path, c))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Where(f => !System.IO.Path.GetFileName(f).Equals("SOURCES.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
}
