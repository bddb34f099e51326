using MinutesIngest.TestSupport;

namespace MinutesIngest.Storage.Tests.Support;

/// <summary>The repository's bundled corpus/ folder.</summary>
public static class ProjectCorpus
{
    public static string Folder => RepositoryPaths.Corpus;
}
