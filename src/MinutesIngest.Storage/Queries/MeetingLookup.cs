namespace MinutesIngest.Storage.Queries;

/// <summary>What a meeting key found: the meeting, or the candidates when it named several, or a message when none.</summary>
public sealed record MeetingLookup(MeetingDetail? Meeting, IReadOnlyList<string> Candidates, string? Message);
