namespace MinutesIngest.Storage.Topics;

/// <summary>A topic a user's text names, and how closely: 1 its number, 2 its whole label or one of its terms, 3 part of them.</summary>
public sealed record TopicMatch(int Number, string Label, int Closeness);
