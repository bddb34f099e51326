namespace MinutesIngest.Core.Parsing.Pipeline;

/// <summary>What a line of minutes is for, as a learned advisor reads it (see <see cref="ILineRoleAdvisor"/>).</summary>
public enum LineRole
{
    Other,
    MeetingMetadata,
    AttendanceHeading,
    AttendanceEntry,
    ItemHeading,
    ItemBody,
    Action,
    ActionLogRow,
}
