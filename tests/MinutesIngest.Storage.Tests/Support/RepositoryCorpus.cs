using MinutesIngest.TestSupport;
namespace MinutesIngest.Storage.Tests.Support;

/// <summary>The minutes documents of the repository's own corpus/ folder (no gold files, no README).</summary>
public static class RepositoryCorpus
{
    public static IReadOnlyList<string> Documents() =>
        Directory.EnumerateFiles(RepositoryPaths.Corpus)
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal) && Path.GetFileName(f) != "README.md")
            .Order(StringComparer.Ordinal)
            .ToList();
}
