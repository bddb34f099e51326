namespace MinutesIngest.Storage.Queries;

/// <summary>One period of one series: meetings mentioning the topic, meetings held, and matching items.</summary>
public sealed record TrendPoint(string? Series, DateOnly PeriodStart, string Period, long MeetingsMentioning, long MeetingsHeld, long ItemsMatching);
