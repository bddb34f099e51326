namespace MinutesIngest.Storage.Queries;

/// <summary>One ranked match: an item or an action, its meeting, and a snippet whose matched words sit between <see cref="Highlight"/> markers.</summary>
public sealed record SearchHit(
    string Kind, double Rank, long DocumentId, string DocumentPath, string? Body, string? Title, string? Date,
    string? ItemNumber, string? ItemTitle, string? Owner, string Snippet);
