namespace MinutesIngest.Ml.SuggestedActions;

/// <summary>One cross-validation fold: the held-out documents and how the model and the rules baseline did on their sentences,
/// over all of them and over those of authored (not generated) documents.</summary>
public sealed record FoldResult(
    int Fold, IReadOnlyList<string> TestDocuments, int TestSentences, BinaryCounts Model, BinaryCounts Baseline,
    BinaryCounts AuthoredModel, BinaryCounts AuthoredBaseline);
