namespace MinutesIngest.Ml.Topics;

/// <summary>One text to place in topics: a stored item's id and its words (title, and body when asked).</summary>
public sealed record TopicText(long Id, string Text);
