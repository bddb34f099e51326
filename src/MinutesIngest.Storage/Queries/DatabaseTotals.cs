namespace MinutesIngest.Storage.Queries;

/// <summary>Row counts of the whole database.</summary>
public sealed record DatabaseTotals(long Documents, long Stored, long Failed, long Meetings, long Attendees, long Items, long Actions)
{
    /// <summary>Documents triage set aside (status not_minutes).</summary>
    public long NotMinutes { get; init; }

    /// <summary>Stored documents read with warnings (partial success); the rest of <see cref="Stored"/> were read whole.</summary>
    public long PartlyRead { get; init; }
    public long Agendas { get; init; }
    public long MeetingPapers { get; init; }
    public long NotMeeting { get; init; }
}
