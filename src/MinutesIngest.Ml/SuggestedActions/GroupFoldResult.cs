namespace MinutesIngest.Ml.SuggestedActions;

/// <summary>One fold of cross-validation by group: the held-out groups and, per held-out sentence, the probability given by the model trained without them.</summary>
public sealed record GroupFoldResult(int Fold, IReadOnlyList<string> TestGroups, IReadOnlyList<ScoredSentence> Scored);
