namespace MinutesIngest.Ml.Tests;

/// <summary>Paths inside the repository, found from the test binary by walking up to MinutesIngest.sln.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "MinutesIngest.sln"))) return dir.FullName;
        throw new InvalidOperationException("MinutesIngest.sln not found above " + AppContext.BaseDirectory);
    }
}
