namespace MinutesIngest.Storage.Tests.Support;

/// <summary>The repository's bundled corpus/ folder, found by walking up from the test binaries.</summary>
public static class ProjectCorpus
{
    public static string Folder { get; } = Locate();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "corpus", "parish-little-hadlow-2019-04.txt"))) return Path.Combine(dir.FullName, "corpus");
        throw new DirectoryNotFoundException("no corpus/ above " + AppContext.BaseDirectory);
    }
}
