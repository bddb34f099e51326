namespace MinutesIngest.Core.Tests.Extraction.Html;

/// <summary>Finds the shared corpus folder by walking up from the test binaries.</summary>
internal static class HtmlTestFiles
{
    private static readonly Lazy<string> CorpusRealFolder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus-real");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("no shared/corpus-real folder above " + AppContext.BaseDirectory);
    });

    /// <summary>Full path of a file in shared/corpus-real.</summary>
    public static string CorpusReal(string fileName) => Path.Combine(CorpusRealFolder.Value, fileName);

    /// <summary>Every HTML document in shared/corpus-real.</summary>
    public static IEnumerable<object[]> CorpusRealHtml() =>
        Directory.EnumerateFiles(CorpusRealFolder.Value, "*.html").Order().Select(p => new object[] { Path.GetFileName(p) });
}
