namespace MinutesIngest.Storage.Queries;

/// <summary>Row counts of the whole database.</summary>
public sealed record DatabaseTotals(long Documents, long Stored, long Failed, long Meetings, long Attendees, long Items, long Actions);
