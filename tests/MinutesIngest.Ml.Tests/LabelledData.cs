using MinutesIngest.Ml.SuggestedActions;

namespace MinutesIngest.Ml.Tests;

/// <summary>The committed labelled sentences (hand-labelled corpus and real-minutes sentences, and generated ones).</summary>
internal static class LabelledData
{
    public static IReadOnlyList<LabelledSentence> Corpus { get; } =
        LabelledSentenceFile.Read(RepositoryFiles.Path("ml", "suggested-actions", "corpus-sentences.tsv"));

    public static IReadOnlyList<LabelledSentence> Generated { get; } =
        LabelledSentenceFile.Read(RepositoryFiles.Path("ml", "suggested-actions", "generated-sentences.tsv"));

    /// <summary>Candidate sentences of the real minutes in the shared development corpora.</summary>
    public static IReadOnlyList<LabelledSentence> Real { get; } =
        LabelledSentenceFile.Read(RepositoryFiles.Path("ml", "suggested-actions", "real-sentences.tsv"));

    public static IReadOnlyList<LabelledSentence> All { get; } = [.. Corpus, .. Generated, .. Real];
}
