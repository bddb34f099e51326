namespace MinutesIngest.Ml.SuggestedActions;

/// <summary>One fold of cross-validation by group: the held-out groups, their sentences, and the tested sentences of the other groups that join training.</summary>
public sealed record GroupFold(int Fold, IReadOnlyList<string> TestGroups, IReadOnlyList<LabelledSentence> Test, IReadOnlyList<LabelledSentence> Train);
