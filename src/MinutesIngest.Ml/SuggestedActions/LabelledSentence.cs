namespace MinutesIngest.Ml.SuggestedActions;

/// <summary>A hand-labelled sentence: the document it came from (the unit of cross-validation), whether it records a commitment, and its text.</summary>
public sealed record LabelledSentence(string Document, bool IsCommitment, string Text);
