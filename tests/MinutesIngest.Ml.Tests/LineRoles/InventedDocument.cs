using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Ml.Tests.LineRoles;

/// <summary>A minimal invented set of minutes and its gold record, for the line-role tests.</summary>
internal static class InventedDocument
{
    public static SourceDocument Document() => new("harbour.txt", "txt", 1,
    [
        new HeadingBlock(1, "Minutes of the Harbour Users Committee"),
        new ParagraphBlock("Held on 3 March 2031 at the Old Boathouse"),
        new ParagraphBlock("Present:"),
        new ParagraphBlock("Ann Lee (Chair), Bob Kay, Cy Dunn"),
        new HeadingBlock(2, "1. Apologies"),
        new ParagraphBlock("Apologies were received from Dee Roe."),
        new HeadingBlock(2, "2. Moorings"),
        new ParagraphBlock("The committee discussed the waiting list for moorings and agreed to review it in spring."),
        new ParagraphBlock("Action: BK to write to every member on the waiting list."),
        new TableBlock([
            new TableRow([TableCell.FromText("Action"), TableCell.FromText("Owner")]),
            new TableRow([TableCell.FromText("Repaint the slipway railings before summer"), TableCell.FromText("CD")]),
        ]),
    ]);

    public static MinutesRecord Gold() => new()
    {
        Source = "harbour.txt", Format = "txt",
        Meeting = new MeetingInfo { Title = "Minutes of the Harbour Users Committee", Date = "2031-03-03", Venue = "the Old Boathouse", Chair = "Ann Lee" },
        Attendance =
        [
            new Attendee { Name = "Ann Lee", Role = "Chair", Status = AttendanceStatus.Present },
            new Attendee { Name = "Bob Kay", Status = AttendanceStatus.Present },
            new Attendee { Name = "Cy Dunn", Status = AttendanceStatus.Present },
            new Attendee { Name = "Dee Roe", Status = AttendanceStatus.Apologies },
        ],
        Items = [new AgendaItem { Number = "1", Title = "Apologies" }, new AgendaItem { Number = "2", Title = "Moorings" }],
        Actions =
        [
            new ActionItem { Text = "BK to write to every member on the waiting list.", Owner = "BK", Item = "2" },
            new ActionItem { Text = "Repaint the slipway railings before summer", Owner = "CD", Item = "2" },
        ],
    };
}
