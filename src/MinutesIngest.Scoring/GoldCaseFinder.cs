namespace MinutesIngest.Scoring;

/// <summary>Finds the labelled documents (<c>NAME.gold.json</c> files) under a folder, recursively, in ordinal path order.</summary>
public static class GoldCaseFinder
{
    public const string GoldSuffix = ".gold.json";

    public static IReadOnlyList<GoldCase> Find(string directory) =>
        Directory.EnumerateFiles(directory, "*" + GoldSuffix, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(ToCase)
            .ToArray();

    private static GoldCase ToCase(string goldPath)
    {
        var fileName = Path.GetFileName(goldPath);
        var name = fileName[..^GoldSuffix.Length];
        var folder = Path.GetDirectoryName(goldPath) ?? ".";
        // The document shares the name; any extension except .json (gold, predictions) will do.
        var document = Directory.EnumerateFiles(folder)
            .Where(f => Path.GetFileNameWithoutExtension(f) == name
                        && !string.Equals(Path.GetExtension(f), ".json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
        return new GoldCase(name, goldPath, document);
    }
}
