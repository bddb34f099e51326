namespace MinutesIngest.Storage.Tests.Support;

/// <summary>The minutes documents of the repository's own corpus/ folder (no gold files, no README).</summary>
public static class RepositoryCorpus
{
    public static IReadOnlyList<string> Documents() =>
        Directory.EnumerateFiles(Path.Combine(Root(), "corpus"))
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && Path.GetFileName(f) != "README.md")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MinutesIngest.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no MinutesIngest.sln above " + AppContext.BaseDirectory);
    }
}
