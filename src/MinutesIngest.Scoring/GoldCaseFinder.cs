namespace MinutesIngest.Scoring;

/// <summary>Finds the labelled documents (<c>NAME.gold.json</c> files) under a folder, recursively, in ordinal path order.</summary>
/// <remarks>A subfolder holding a <see cref="HeldOutMarker"/> file is a held-out set: read only when it is the folder asked
/// for, so an eval or a floor test over its parent never scores it and nobody tunes the parser on it by accident.</remarks>
public static class GoldCaseFinder
{
    public const string GoldSuffix = ".gold.json";

    /// <summary>The file that marks a folder as held out.</summary>
    public const string HeldOutMarker = "HELD-OUT.md";

    public static IReadOnlyList<GoldCase> Find(string directory) =>
        GoldFiles(directory)
            .Order(StringComparer.Ordinal)
            .Select(ToCase)
            .ToArray();

    private static IEnumerable<string> GoldFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*" + GoldSuffix)
            .Concat(Directory.EnumerateDirectories(directory)
                .Where(d => !File.Exists(Path.Combine(d, HeldOutMarker)))
                .SelectMany(GoldFiles));

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
