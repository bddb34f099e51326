namespace MinutesIngest.Core.Minutes;

/// <summary>One extracted document in the shape of the JSON contract (spec/extract-json.md).</summary>
public sealed record MinutesRecord
{
    public required string Source { get; init; }
    public required string Format { get; init; }
    public MeetingInfo Meeting { get; init; } = new();
    public IReadOnlyList<Attendee> Attendance { get; init; } = [];
    public IReadOnlyList<AgendaItem> Items { get; init; } = [];
    public IReadOnlyList<ActionItem> Actions { get; init; } = [];
    public NextMeeting? NextMeeting { get; init; }
    /// <summary>Unmarked commitments; null (and left out of the JSON) when no commitment classifier ran.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SuggestedAction>? SuggestedActions { get; init; }
}
