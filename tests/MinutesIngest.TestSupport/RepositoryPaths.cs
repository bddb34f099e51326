namespace MinutesIngest.TestSupport;

/// <summary>Paths inside this repository, found from a test binary by walking up to MinutesIngest.sln.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding MinutesIngest.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The project's own labelled corpus/ folder.</summary>
    public static string Corpus { get; } = Path.Combine(Root, "corpus");

    /// <summary>A path under the repository root.</summary>
    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Whether the file lies in a held-out set of corpus/: a folder holding HELD-OUT.md (the marker
    /// GoldCaseFinder honours), scored once by hand and never read by tests that compare with its gold.</summary>
    public static bool IsHeldOut(string file)
    {
        for (var dir = Path.GetDirectoryName(Path.GetFullPath(file)); dir != null && dir.Length >= Corpus.Length; dir = Path.GetDirectoryName(dir))
            if (File.Exists(Path.Combine(dir, "HELD-OUT.md"))) return true;
        return false;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MinutesIngest.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no MinutesIngest.sln above " + AppContext.BaseDirectory);
    }
}
