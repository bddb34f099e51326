namespace MinutesIngest.Core.Minutes;

/// <summary>The contract's <c>next_meeting</c> object.</summary>
public sealed record NextMeeting
{
    public string? Date { get; init; }
    public string? StartTime { get; init; }
}
