using MinutesIngest.TestSupport;
namespace MinutesIngest.Ml.Tests;

/// <summary>Paths inside the repository, found from the test binary by walking up to MinutesIngest.sln.</summary>
internal static class RepositoryFiles
{
    public static string Root => RepositoryPaths.Root;

    public static string Path(params string[] parts) => RepositoryPaths.Of(parts);
}
