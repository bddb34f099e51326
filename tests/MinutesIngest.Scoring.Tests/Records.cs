using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Scoring.Tests;

/// <summary>Short builders for the records the scoring tests compare.</summary>
internal static class Records
{
    public static MinutesRecord Doc(
        IReadOnlyList<Attendee>? attendance = null, IReadOnlyList<AgendaItem>? items = null,
        IReadOnlyList<ActionItem>? actions = null, MeetingInfo? meeting = null, NextMeeting? next = null, string format = "txt") =>
        new()
        {
            Source = "doc." + format, Format = format, Meeting = meeting ?? new MeetingInfo(),
            Attendance = attendance ?? [], Items = items ?? [], Actions = actions ?? [], NextMeeting = next,
        };

    public static Attendee Person(string name, string? role = null, string? abbreviation = null, string status = AttendanceStatus.Present) =>
        new() { Name = name, Role = role, Abbreviation = abbreviation, Status = status };

    public static AgendaItem Item(string number, string? title = null) => new() { Number = number, Title = title };

    public static ActionItem Action(string text, string? owner = null, string? ownerName = null, string? item = null, string? due = null) =>
        new() { Text = text, Owner = owner, OwnerName = ownerName, Item = item, Due = due };
}
