namespace MinutesIngest.Storage.Queries;

/// <summary>What the database holds for one body in one year (either may be unknown).</summary>
public sealed record BodyYearCounts(string? Body, int? Year, long Meetings, long Attendees, long Items, long Actions);
