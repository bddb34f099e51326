using static MinutesIngest.Core.Tests.Parsing.BlockSpec;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>Where the meeting was held: a venue label, a "held at/in" clause cut before the date and time, or an address line in the heading stack.</summary>
public sealed class MeetingVenueRuleTests
{
    public static TheoryData<string, string[], string?> Cases() => new()
    {
        { "venue label", ["# Parish Council", "Venue: Village Hall", "Date: Monday 3rd June 2024 at 7pm"], "Village Hall" },
        { "held in, with a room number", ["# Annual General Meeting 2024", "Held in room 2.14, Main Building, Perth", "Present: Ann Lee"], "room 2.14, Main Building, Perth" },
        { "held in, cut before the time", ["# General Meeting", "Held in the Board Room, Riverside Workspace at 7 p.m.", "Present: Ann Lee"], "the Board Room, Riverside Workspace" },
        { "held on a date at a place", ["# Finance Board", "Minutes of the meeting held on 2 March at the Treasury Building:", "Present: Ann Lee"], "the Treasury Building" },
        { "held in, cut before the weekday", ["# Council", "Minutes of the meeting held in The Old Mill, Co. Down, on Wednesday, 2nd July, 2014", "Present: Ann Lee"], "The Old Mill, Co. Down" },
        { "address line with a postcode", ["Data Panel – Fifth Meeting", "Old Library, 12 High Street, Leeds LS1 4AB", "MINUTES - 5th May 2024", "Present: Ann Lee"], "Old Library, 12 High Street, Leeds LS1 4AB" },
        { "address line ending in a state", ["Regional Network", "Spring Board Meeting", "Pine Lodge, Santa Fe, NM", "25 April 2024", "Attendees: Ann Lee"], "Pine Lodge, Santa Fe, NM" },
        { "named venue under the date line", ["MONTHLY TRUSTEE MEETING", "TUESDAY 9th APRIL 2024", "MARKET TOWN COUNCIL OFFICES", "Present: Ann Lee"], "MARKET TOWN COUNCIL OFFICES" },
        { "address label", ["Date: 2024/03/05\nTime: 19:30\nAddress: 12 Mill Road, Kingston", "# Call to Order", "Present: Ann Lee"], "12 Mill Road, Kingston" },
        { "a list of names is not an address", ["# Board Meeting", "Ann Lee, Bob Hart, Carl Ives", "1. Welcome"], null },
        { "no venue stated", ["# Board Meeting", "Present: Ann Lee, Bob Hart", "1. Welcome"], null },
        { "the place after the date line's 'at'", ["# Garden Club Committee", "Thursday May 9, 2019 at the Riverside Hall", "Present: Ann Lee"], "Riverside Hall" },
        { "the place after a span of times", ["# Allotment Society AGM 2 October 2021", "6pm to 9pm at Hillside Community Centre, Elmford", "Present: Ann Lee"], "Hillside Community Centre, Elmford" },
        { "an online platform after 'on'", ["# Allotment Society AGM 3 March 2021", "7.00 – 8.30 p.m. on Zoom", "Present: Ann Lee"], "Zoom" },
        { "a weekday after 'on' is no place", ["# Garden Club Committee", "7pm on Wednesday", "Present: Ann Lee"], null },
        { "lower-case words after 'in' are no place", ["# Garden Club Committee", "Tuesday 4 June 2024 in accordance with the rules", "Present: Ann Lee"], null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_venue(string name, string[] blocks, string? venue)
    {
        var meeting = Parse(blocks).Meeting;
        Assert.True(meeting.Venue == venue, $"{name}: got {meeting.Venue}");
    }
}
