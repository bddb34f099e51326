namespace MinutesIngest.Ml.Topics;

/// <summary>A fitted topic: its number (1-based), a short label made from its top terms, and the top terms themselves.</summary>
public sealed record Topic(int Number, string Label, IReadOnlyList<TopicTerm> Terms);
