namespace MinutesIngest.Storage.Queries;

/// <summary>An action recorded at a meeting.</summary>
public sealed record MeetingAction(string? ItemNumber, string Text, string? Owner, string? OwnerName, string? Due);
