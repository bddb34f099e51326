namespace MinutesIngest.Ml.Topics;

/// <summary>A word or two-word phrase of a topic with its weight in the topic.</summary>
public sealed record TopicTerm(string Term, float Weight);
