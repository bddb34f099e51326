using MinutesIngest.TestSupport;

namespace MinutesIngest.Storage.Tests.Support;

/// <summary>The shared labelled corpora as the storage tests read them (see <see cref="SharedCorpora"/>).</summary>
public static class SharedFolder
{
    /// <summary>The plain-text documents (txt, md) of the labelled corpora.</summary>
    public static IReadOnlyList<string> TextDocuments() =>
        new[] { "corpus-seed", "corpus-real" }
            .Select(SharedCorpora.Folder)
            .SelectMany(Directory.EnumerateFiles)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Where(f => !System.IO.Path.GetFileName(f).StartsWith("SOURCES", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
}
