namespace MinutesIngest.Core.Minutes;

/// <summary>A numbered item; <see cref="Text"/> is its body, an optional key of the contract kept for storage and search (the scorer ignores it).</summary>
public sealed record AgendaItem
{
    public required string Number { get; init; }
    public string? Title { get; init; }
    // Serialized (as "text") because the JSON is also the wire format between ingest and its workers:
    // an ignored property here once dropped every item's discussion text on the way to the database.
    public string Text { get; init; } = "";
}
