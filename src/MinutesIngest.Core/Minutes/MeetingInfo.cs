namespace MinutesIngest.Core.Minutes;

/// <summary>The contract's <c>meeting</c> object.</summary>
public sealed record MeetingInfo
{
    public string? Title { get; init; }
    public string? Body { get; init; }
    /// <summary>ISO date yyyy-MM-dd.</summary>
    public string? Date { get; init; }
    /// <summary>24-hour HH:mm.</summary>
    public string? StartTime { get; init; }
    public string? Venue { get; init; }
    public string? Chair { get; init; }
    public string? MinuteTaker { get; init; }
}
