using MinutesIngest.TestSupport;
namespace MinutesIngest.Ingest.Tests;

/// <summary>The project's own corpus/ folder, found by walking up to MinutesIngest.sln.</summary>
public static class RepositoryCorpus
{
    public static string Folder { get; } = RepositoryPaths.Corpus;

}
