namespace MinutesIngest.Storage.Queries;

/// <summary>The length of a trend period.</summary>
public enum TrendUnit { Month, Quarter, Year }
