namespace MinutesIngest.Storage.Queries;

/// <summary>One period of one series: meetings mentioning the topic, meetings held, and matching items.</summary>
public sealed record TrendPoint(string? Series, DateOnly PeriodStart, string Period, long MeetingsMentioning, long MeetingsHeld, long ItemsMatching)
{
    /// <summary>The share of the meetings held that mention the topic (0–1); null when none were held. A count alone
    /// misleads where a body met more often one year than another.</summary>
    public double? Share => MeetingsHeld == 0 ? null : (double)MeetingsMentioning / MeetingsHeld;
}
