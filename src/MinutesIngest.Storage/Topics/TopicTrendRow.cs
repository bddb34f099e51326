namespace MinutesIngest.Storage.Topics;

/// <summary>A topic's prevalence in one body and period: the mean of its weight over all items of that body and period.</summary>
public sealed record TopicTrendRow(string? Body, string? Period, long Items, long Meetings, double Prevalence);
