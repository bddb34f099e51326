namespace MinutesIngest.Core.Minutes;

/// <summary>The contract's attendance status values.</summary>
public static class AttendanceStatus
{
    public const string Present = "present";
    public const string Apologies = "apologies";
    public const string Absent = "absent";
    public const string InAttendance = "in_attendance";
}
