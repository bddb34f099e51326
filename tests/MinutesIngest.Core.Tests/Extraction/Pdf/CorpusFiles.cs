namespace MinutesIngest.Core.Tests.Extraction.Pdf;

/// <summary>Finds the shared real-document corpus by walking up from the test binaries to the folder holding <c>shared/</c>.</summary>
internal static class CorpusFiles
{
    private static readonly Lazy<string> RealFolder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus-real");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("shared/corpus-real not found above " + AppContext.BaseDirectory);
    });

    public static string Real(string fileName) => Path.Combine(RealFolder.Value, fileName);

    public static IEnumerable<string> RealPdfNames() =>
        Directory.GetFiles(RealFolder.Value, "*.pdf").Select(Path.GetFileName).OfType<string>().Order();
}
