using static MinutesIngest.Core.Tests.Parsing.BlockSpec;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>The meeting's own date and start time, read from the header of small documents.</summary>
public sealed class MeetingDateRuleTests
{
    public static TheoryData<string, string[], string?, string?> Cases() => new()
    {
        { "year from the title", ["# Quarterly Scrutiny Meeting April 2021", "Tuesday 27th April, 14:00 pm", "1. Welcome"], "2021-04-27", "14:00" },
        { "UK day-first", ["# Parish Council", "Date: 05/03/2024", "Time: 7.30pm", "1. Apologies"], "2024-03-05", "19:30" },
        { "month name first", ["# Board Meeting", "Minutes of the meeting held on March 5, 2024 at 10am", "1. Welcome"], "2024-03-05", "10:00" },
        { "time range", ["# Friends of the Library", "11th March 2004, 3.15pm – 4.45pm", "1. Welcome"], "2004-03-11", "15:15" },
        { "called to order", ["# Technical Committee", "September 23rd, 2020", "The meeting was called to order at 13:11.", "1. Roll call"], "2020-09-23", "13:11" },
        { "no time", ["# Annual Meeting", "15-9-2015", "1. Welcome"], "2015-09-15", null },
        { "incomplete date is null", ["# Annual General Meeting", "Saturday 1st — 2019", "1. Welcome"], null, null },
        { "approval of earlier minutes is not the date", ["# Parish Council", "Held on 12 June 2013", "1. Minutes", "The minutes of 8 May 2013 were approved."], "2013-06-12", null },
        { "venue line does not hide the date", ["# Parish Council", "Venue: Village Hall", "Date: Monday 3rd June 2024 at 7pm"], "2024-06-03", "19:00" },
        { "month-first document", ["# Board Meeting", "Date: 04/09/2024", "1. Minutes", "The minutes of 03/26/2024 were approved."], "2024-04-09", null },
        { "several meetings in one document have no single date",
          ["# Portal Project – Meeting Minutes", "# 1. Initial Discussion – 26th March 2026", "Notes.", "# 2. Client Meeting – 2nd April 2026", "Notes."], null, null },
        { "a log of meetings repeating its Date field in a table has no single date",
          ["# Team Meeting Minutes", "|Date|2024/03/05, 4pm\n|Attendees|Ann, Bob", "|Agenda|Discussion\n|Budget|Agreed.", "|Date|2024/02/27, 3pm\n|Attendees|Ann, Bob"], null, "16:00" },
        { "a log of meetings repeating its Date label has no single date",
          ["# Team Meeting Minutes", "Date: 5 March 2024", "Notes.", "Date: 27 February 2024", "Notes."], null, null },
        { "one Date field stated twice alike is one meeting",
          ["# Team Meeting", "|Date|2024/03/05\n|Attendees|Ann, Bob", "Date: 5 March 2024"], "2024-03-05", null },
        { "figures deep in the minutes are not the date",
          ["# Annual General Meeting", "1° — 2004", "[1] Attendance", "[2] Apologies", "[3] Quoracy", "[4] Reports", "[5] Elections",
           "[6] Constitution", "[7] Accounts", "Income to 30/09/04: £5,579"], null, null },
        { "stated time beats called to order", ["# Library Board", "Wednesday, June 17, 2020, 7:00 p.m.", "1. Call to order – the meeting was called to order at 7:12 p.m."], "2020-06-17", "19:00" },
        { "a UTC log stamp is not the start", ["# Technical Committee Meeting October 25, 2017", "From 2017-10-25 17:11 UTC until 17:46 UTC", "Called the meeting to order at 1:11 EDT."], "2017-10-25", "13:11" },
        { "time wrapped onto the next line", ["# Committee Minutes: 16 Apr 2002", "The committee met on Tuesday, 16 Apr 2002 at\n01:00p EDT for 90 minutes.", "Meeting called to order at 13:05."], "2002-04-16", "13:00" },
        { "four-digit time", ["# Finance Committee", "Date: 23/11/2020", "The meeting commenced at 1835"], "2020-11-23", "18:35" },
        { "date inside a wrapped heading", ["MINUTES OF THE MEETING OF THE HARBOUR", "DISTRICT COMMITTEE HELD IN THE OLD MILL,", "QUAY STREET, ON MONDAY, 3RD", "MARCH, 2025, AT 7.00 P.M.", "Present: Ann Lee"], "2025-03-03", "19:00" },
        { "date on its own line under the heading and a time on the next, opened later",
          ["Garden Club Committee Meeting", "July 7, 2016", "4:00pm Eastern Time", "Present: Ann Quill", "The chair opened the meeting at 4:05pm."], "2016-07-07", "16:00" },
        { "adoption of the minutes of an earlier date is not the meeting's date",
          ["Garden Club Committee", "Present: Ann Quill, Ben Royle", "Adoption of Minutes of April 14, 2018 meeting: carried.", "Held June 16, 2018"], "2018-06-16", null },
        { "approval of minutes of an earlier meeting is not the date",
          ["# Garden Club", "Approval of the minutes of 3 March 2019: agreed.", "Meeting date: 7 April 2019"], "2019-04-07", null },
        { "a table row of names, one per line, counts once in the header",
          ["STRATA COUNCIL", "Committee Meeting", "Wednesday, November 24, 2010", "|1. PRESENT:|Ann Quill⏎Ben Royle⏎Cara Sedgwick⏎Dev Tait|Eve Ulley⏎Fay Vance⏎Gil Wynn⏎Hal Xu",
           "# 2. CALL TO ORDER: 6:35 PM", "# 3. ADOPTION OF MINUTES"], "2010-11-24", "18:35" },
        { "an approval stamp above the heading gives neither date nor title",
          ["Approved by the Hillside Library Board on February 17, 2011", "MINUTES OF REGULAR LIBRARY BOARD MEETING", "Thursday, January 20, 2011", "1. CALL TO ORDER"], "2011-01-20", null },
        { "an approval stamp with a colon", ["Adopted: 04/03/2024", "# Finance Committee", "Date: 05/02/2024", "1. Apologies"], "2024-02-05", null },
        { "a site generator's publication date is not the meeting's", ["+++\ntitle = \"Week 6 Exec Meeting Minutes\"\ndate = \"2021-11-15T11:00:00Z\"", "Present: Ann Lee, Bob Ray", "1. Welcome"], null, null },
        { "lower-case abbreviated month", ["# Minutes of the Annual General Meeting of the Bridge Club", "## Held on 2nd sept 2024 in the hall at 7:35pm", "## 1) Apologies", "Ann Lee"], "2024-09-02", "19:35" },
        { "a report's period end is not a second meeting",
          ["# Minutes of the Annual General Meeting of the Bridge Club", "## Held on 6th Oct. 2025 in the hall at 7:40pm", "## 1) Apologies", "Ann Lee",
           "## 2) Accounts for the year ending 30 June, 2025", "The accounts were approved."], "2025-10-06", "19:40" },
        // A start written without am/pm is evening when the document marks the times near it pm and none am.
        { "bare start in an evening meeting", ["# Parents' Council AGM", "October 1, 2020", "Call to order: 7:48", "1. Budget report (7:50pm)", "2. Elections (8:30pm)"], "2020-10-01", "19:48" },
        { "a morning meeting may close after noon", ["# Board Meeting", "March 7, 2024", "Called to order at 9:30", "1. Minutes", "Adjourned at 12:15pm"], "2024-03-07", "09:30" },
        { "a morning time marked am keeps the bare start", ["# Board Meeting", "March 7, 2024", "Called to order at 8:05", "1. Reports (8:40pm)", "Next meeting 4 April 2024 at 8am"], "2024-03-07", "08:05" },
        { "a 24-hour start stays", ["# Board Meeting", "March 7, 2024", "Called to order at 09:05", "1. Reports (9:40pm)"], "2024-03-07", "09:05" },
        { "the meeting's slot in a schedule", ["# Parents' Council", "Tuesday, March 5, 2024", "Coffee 6:30pm-7pm, Meeting 7pm-8:30pm", "1. Welcome"], "2024-03-05", "19:00" },
        { "12 noon", ["# Annual Meeting", "Saturday 4 May 2024, 12 noon", "1. Welcome"], "2024-05-04", "12:00" },
        { "a zero-width space inside the date", ["# Allotment Society AGM Minutes 12\u200Bth \u200B March 2019", "Present: Ann Lee", "1. Welcome"], "2019-03-12", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_meetings_date_and_time(string name, string[] blocks, string? date, string? time)
    {
        var meeting = Parse(blocks).Meeting;
        Assert.True(meeting.Date == date && meeting.StartTime == time, $"{name}: got {meeting.Date} {meeting.StartTime}");
    }

    [Theory]
    [InlineData("---\ntitle: Steering group\ndate: 2020-09-01\n---\n\n## Participants\n- Ann Quill\n", "2020-09-01")]
    [InlineData("+++\ntitle = \"Steering group\"\ndate = \"2021-11-15T11:00:00Z\"\n+++\n\nNotes of this week's meeting.\n", null)]
    [InlineData("---\ntitle: Steering group\ndate: 2020-09-01\n---\n\nMeeting held on 3 August 2020\n", "2020-08-03")]
    public void A_typed_front_matter_date_dates_notes_that_state_none(string page, string? date)
    {
        var record = new MinutesIngest.Core.Parsing.MinutesParser().Parse(
            new MinutesIngest.Core.Extraction.Text.TextExtractor().Extract(System.Text.Encoding.UTF8.GetBytes(page), "notes.md"));
        Assert.Equal(date, record.Meeting.Date);
    }
}
