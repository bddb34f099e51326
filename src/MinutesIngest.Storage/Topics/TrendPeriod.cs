namespace MinutesIngest.Storage.Topics;

/// <summary>The period a topic trend is counted by.</summary>
public enum TrendPeriod { Year, Month }
