namespace MinutesIngest.Ingest.Tests;

/// <summary>The project's own corpus/ folder, found by walking up to MinutesIngest.sln.</summary>
public static class RepositoryCorpus
{
    public static string Folder { get; } = Locate();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MinutesIngest.sln"))) return Path.Combine(dir.FullName, "corpus");
        throw new DirectoryNotFoundException("MinutesIngest.sln not found above " + AppContext.BaseDirectory);
    }
}
