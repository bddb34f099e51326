namespace MinutesIngest.Storage.Topics;

/// <summary>
/// One period of one series of a topic trend: meetings held, meetings with an item carrying the topic, items, and the
/// prevalence (the topic's mean weight over those items; 0 when there were none).
/// </summary>
public sealed record TopicTrendPoint(string? Series, DateOnly PeriodStart, string Period, long MeetingsHeld, long MeetingsWithTopic, long Items, double Prevalence);
