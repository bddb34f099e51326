namespace MinutesIngest.Core.Tests.Extraction.Docx;

/// <summary>Finds the shared labelled corpus (…/shared/corpus-real) by walking up from the test binaries.</summary>
internal static class CorpusFiles
{
    public static string RealCorpusFolder { get; } = Locate();

    public static string PathOf(string fileName) => Path.Combine(RealCorpusFolder, fileName);

    public static IEnumerable<string> WithExtension(string extension) =>
        Directory.EnumerateFiles(RealCorpusFolder, "*" + extension).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus-real");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("no shared/corpus-real above " + AppContext.BaseDirectory);
    }
}
