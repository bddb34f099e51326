namespace MinutesIngest.Storage.Topics;

/// <summary>A topic's number and label: what a topic picker lists.</summary>
public sealed record TopicName(int Number, string Label);
