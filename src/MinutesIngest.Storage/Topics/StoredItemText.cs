namespace MinutesIngest.Storage.Topics;

/// <summary>A stored item's id and the text a topic fit reads (title, plus body when asked).</summary>
public sealed record StoredItemText(long Id, string Text);
