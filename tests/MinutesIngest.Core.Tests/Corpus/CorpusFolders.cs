using MinutesIngest.TestSupport;

namespace MinutesIngest.Core.Tests.Corpus;

/// <summary>The labelled corpora the tests read in place: the project's own corpus/ and, when present, the shared seed and real corpora.</summary>
internal static class CorpusFolders
{
    public static string ProjectCorpus() => RepositoryPaths.Corpus;

    public static IEnumerable<(string Corpus, string Folder)> All()
    {
        // On a bare clone only the project's own corpus is there; under CI a missing shared folder fails here.
        if (SharedCorpora.SkipReason == null)
        {
            yield return ("corpus-seed", SharedCorpus.Folder("corpus-seed"));
            yield return ("corpus-real", SharedCorpus.Folder("corpus-real"));
            yield return ("corpus-real-2", SharedCorpus.Folder("corpus-real-2"));
        }
        var own = ProjectCorpus();
        if (Directory.Exists(own)) yield return ("corpus", own);
    }
}
