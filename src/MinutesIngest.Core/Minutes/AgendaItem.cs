namespace MinutesIngest.Core.Minutes;

/// <summary>A numbered item; <see cref="Text"/> is its body, kept for storage and search but not part of the scored contract.</summary>
public sealed record AgendaItem
{
    public required string Number { get; init; }
    public string? Title { get; init; }
    [System.Text.Json.Serialization.JsonIgnore]
    public string Text { get; init; } = "";
}
