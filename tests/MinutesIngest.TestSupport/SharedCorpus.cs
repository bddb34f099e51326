
namespace MinutesIngest.TestSupport;

/// <summary>The shared labelled corpora as the Core tests read them: folders, files of corpus-real, gold files as theory data.</summary>
public static class SharedCorpus
{
    public static string Folder(string corpus) => SharedCorpora.Folder(corpus);

    /// <summary>Full path of a file in shared/corpus-real.</summary>
    public static string Real(string fileName) => Path.Combine(Folder("corpus-real"), fileName);

    /// <summary>File names in shared/corpus-real ending with <paramref name="extension"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> RealNames(string extension) =>
        Directory.EnumerateFiles(Folder("corpus-real"), "*" + extension).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

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
