namespace MinutesIngest.Storage.Topics;

/// <summary>A stored item's id, the text a topic fit reads (title, plus body when asked), its title alone, and the names of
/// the people in its meeting's attendance (which the fit leaves out).</summary>
public sealed record StoredItemText
{
    public long Id { get; init; }
    public string Text { get; init; } = "";
    public string? Title { get; init; }
    public string[] Names { get; init; } = [];
}
