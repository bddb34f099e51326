namespace MinutesIngest.Storage.Queries;

/// <summary>One action with its owner, due date, the item it sits under and the meeting that recorded it.</summary>
public sealed record ActionRow(
    long DocumentId, string DocumentPath, string? Body, string? Title, string? Date, string? ItemNumber, string? ItemTitle,
    string Text, string? Owner, string? OwnerName, string? Due, bool Overdue);
