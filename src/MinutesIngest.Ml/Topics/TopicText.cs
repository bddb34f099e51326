namespace MinutesIngest.Ml.Topics;

/// <summary>One text to place in topics: a stored item's id, its words (title and body), and the names of the people in
/// its meeting's attendance, which the fit leaves out.</summary>
public sealed record TopicText(long Id, string Text, IReadOnlyList<string>? Names = null);
