using MinutesIngest.Core.Minutes;
using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Web.Exports;

/// <summary>A stored meeting back in the contract's shape, so it prints and serialises as extraction does.</summary>
public static class MeetingRecord
{
    public static MinutesRecord From(MeetingDetail m) => new()
    {
        Source = m.DocumentPath,
        Format = m.Format ?? "unknown",
        Meeting = new MeetingInfo
        {
            Title = m.Title, Body = m.Body, Date = m.Date, StartTime = m.StartTime, Venue = m.Venue, Chair = m.Chair, MinuteTaker = m.MinuteTaker,
        },
        Attendance = m.Attendance.Select(a => new Attendee { Name = a.Name, Role = a.Role, Abbreviation = a.Abbreviation, Status = a.Status }).ToList(),
        Items = m.Items.Select(i => new AgendaItem { Number = i.Number, Title = i.Title, Text = i.Body }).ToList(),
        Actions = m.Actions.Select(a => new ActionItem { Item = a.ItemNumber, Text = a.Text, Owner = a.Owner, OwnerName = a.OwnerName, Due = a.Due }).ToList(),
        NextMeeting = m.NextMeetingDate == null && m.NextMeetingTime == null ? null : new NextMeeting { Date = m.NextMeetingDate, StartTime = m.NextMeetingTime },
    };
}
