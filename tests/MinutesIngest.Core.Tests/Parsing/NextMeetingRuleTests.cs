using static MinutesIngest.Core.Tests.Parsing.BlockSpec;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>The next meeting's date and time; null when the minutes do not state it.</summary>
public sealed class NextMeetingRuleTests
{
    public static TheoryData<string, string[], string?, string?> Cases() => new()
    {
        { "date and time range", ["# Quarterly Scrutiny Meeting", "Tuesday 27th April 2021", "5. Date of next meeting: Friday 28th May 2021; 10:30 – 12:30"], "2021-05-28", "10:30" },
        { "date only", ["# Parish Council", "12 February 2025", "The next meeting will be held on 12 March 2025."], "2025-03-12", null },
        { "time before the date", ["# Parish Council", "1 March 2017", "Next meeting: 7.30pm on Wednesday 5th April 2017"], "2017-04-05", "19:30" },
        { "year taken from the meeting", ["# Board meeting", "27 April 2021", "Next meeting: Tuesday 25th May at 2pm"], "2021-05-25", "14:00" },
        { "next year when the month has passed", ["# Friends of the Library", "9 December 2015", "Date of next meeting: 13th January"], "2016-01-13", null },
        { "heading then date line", ["# Parish Council", "12 February 2025", "## Date of next meeting", "Wednesday 12 March 2025 at 7pm"], "2025-03-12", "19:00" },
        { "'Date for next meeting' labels it too, the year from the meeting", ["# Committee meeting 26 June 2025", "Date for Next Meeting: AGM 4th Sep 7:30pm"], "2025-09-04", "19:30" },
        { "a task for the next meeting is no date of it", ["# Committee meeting 26 June 2025", "Action: Ann to bring the accounts for the next meeting on 4th Sep"], null, null },
        { "not stated", ["# Parish Council", "12 February 2025", "1. Minutes", "The minutes of 8 January 2025 were approved."], null, null },
        { "date to be confirmed", ["# Parish Council", "12 February 2025", "Date of next meeting: to be confirmed."], null, null },
        { "a month without a day, then the next numbered item", ["# Board", "3 March 2019", "## 8. Next Meeting", "Sometime in late April.", "## 9. Actions"], null, null },
        { "a deadline is not the next meeting", ["# Board", "3 March 2024", "Action: Ann to draft a plan by the next board meeting on 2 April 2024."], null, null },
        { "an action log's due column is not the next meeting", ["# Trustees", "3 March 2024", "|Date|No.|Action|Owner|Due\n|3/3/2024|041|Cleaner for hall|PB|Next Meeting\n|3/3/2024|042|Locks|KF|Ongoing"], null, null },
        { "statement wrapped over two lines", ["# Council", "2 July 2014", "It was noted that the next", "Meeting would take place on Wednesday, 3rd September, 2014 at 10.00 a.m."], "2014-09-03", "10:00" },
        { "table row", ["# Governors", "23 November 2020", "|34/2021|Date of next meeting|Monday 25 January 2021 at 1830 Online"], "2021-01-25", "18:30" },
        { "is, without a verb of holding", ["# Township", "11 February 2025", "The next regular meeting is March 11, 2025 at 7:00 PM."], "2025-03-11", "19:00" },
        { "a closing time on a later line is this meeting's end", ["# Bridge Club AGM", "5 September 2025", "Next meeting 1st sept 2026", "Meeting closed at 9:25"], "2026-09-01", null },
        { "a closing remark on the same line", ["# Bridge Club", "5 March 2025", "Next meeting 2 April 2025. Meeting closed at 8.45pm."], "2025-04-02", null },
        { "the first time stated, before the date", ["# Outreach Group", "1 March 2019", "5. The next meeting will be held at 9 pm Pacific Time (6 am CET), on March 8."], "2019-03-08", "21:00" },
        { "a time on the line the date runs on to", ["# Bridge Club", "5 March 2025", "Next meeting: Tuesday 2 April 2025 at", "7.30pm in the hall"], "2025-04-02", "19:30" },
        { "the next line restates the date with its time", ["# Garden Club", "5 February 2019", "The next meeting is on Tuesday, March 12, 2019", "Tue 12 Mar 2019, 03:00pm – 04:30pm"], "2019-03-12", "15:00" },
        { "a heading then date and time fields", ["# Library Board", "5 February 2019", "## 9. NEXT BOARD MEETING", "|Date:|Tuesday, March 12, 2019\n|Time:|7:30 p.m."], "2019-03-12", "19:30" },
        { "a relative 'when' closed by a full stop; a later meeting's dated heading is not its date",
          ["# Club log", "## May 2025 committee meeting (25/05/2025)", "Next meeting: in one month.", "## June 2025 committee meeting (24/06/2025)", "Present: Ann"], null, null },
        { "a numbered heading naming the next meeting, closed by a full stop, over the date", ["# Residents", "1 October 2019", "8. Next meeting timing.",
          "The date was left open, now arranged for", "7pm Sunday 1st December at the hall."], "2019-12-01", "19:00" },
        { "UK numeric date", ["# Parish Council", "12 February 2025", "Next meeting: 05/03/2025 at 7.30pm"], "2025-03-05", "19:30" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_next_meeting(string name, string[] blocks, string? date, string? time)
    {
        var next = Parse(blocks).NextMeeting;
        Assert.True(next?.Date == date && next?.StartTime == time, $"{name}: got {next?.Date} {next?.StartTime}");
    }
}
