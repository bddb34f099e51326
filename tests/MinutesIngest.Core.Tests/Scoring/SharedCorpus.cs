namespace MinutesIngest.Core.Tests.Scoring;

/// <summary>Locates the shared labelled corpora by walking up from the test binaries to the folder holding <c>shared/</c>.</summary>
internal static class SharedCorpus
{
    public static string Folder(string corpus)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", corpus);
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"shared/{corpus} not found above {AppContext.BaseDirectory}");
    }

    /// <summary>Every gold file of the real and seed corpora, as theory data (corpus, file name).</summary>
    public static TheoryData<string, string> GoldFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var corpus in new[] { "corpus-real", "corpus-seed" })
            foreach (var file in Directory.EnumerateFiles(Folder(corpus), "*.gold.json").Order(StringComparer.Ordinal))
                data.Add(corpus, Path.GetFileName(file));
        return data;
    }
}
