namespace MinutesIngest.Storage.Queries;

/// <summary>A numbered item of a meeting.</summary>
public sealed record MeetingItem(string Number, string? Title, string Body);
