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
        { "not stated", ["# Parish Council", "12 February 2025", "1. Minutes", "The minutes of 8 January 2025 were approved."], null, null },
        { "date to be confirmed", ["# Parish Council", "12 February 2025", "Date of next meeting: to be confirmed."], null, null },
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
