namespace MinutesIngest.Storage.Queries;

/// <summary>A person recorded at a meeting.</summary>
public sealed record MeetingAttendee(string Name, string? Role, string? Abbreviation, string Status);
