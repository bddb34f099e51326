using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Storage.Topics;

/// <summary>A topic's trend: the topic number, the period, and body texts (one series each; none: one series over every meeting).</summary>
public sealed record TopicTrendRequest(int Topic, TrendUnit Unit, IReadOnlyList<string>? Bodies = null);
