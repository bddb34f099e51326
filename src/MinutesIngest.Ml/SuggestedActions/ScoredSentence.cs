namespace MinutesIngest.Ml.SuggestedActions;

/// <summary>A labelled sentence with the probability a classifier gave it.</summary>
public sealed record ScoredSentence(LabelledSentence Sentence, float Probability);
