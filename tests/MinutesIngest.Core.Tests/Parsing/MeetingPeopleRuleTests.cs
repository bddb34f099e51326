using static MinutesIngest.Core.Tests.Parsing.BlockSpec;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>Who chaired and who took the minutes: set only when the text says so, with the fullest form of the name.</summary>
public sealed class MeetingPeopleRuleTests
{
    public static TheoryData<string, string[], string?, string?> Cases() => new()
    {
        { "chair in brackets", ["# Parish Council", "Present: Cllr J Smith (Chair), Mrs A Brown (Clerk)"], "Cllr J Smith", null },
        { "chair label", ["# Project meeting", "Chair: Troy Fridley", "Attendees: Troy Fridley, Omar Santos"], "Troy Fridley", null },
        { "acting chair by first name takes the fullest form", ["# Project meeting", "Attendees: Omar Santos, Ann Lee", "Acting chair: Omar"], "Omar Santos", null },
        { "chaired sentence", ["# Team meeting", "Present: Troy Fridley, Omar Santos", "Troy chaired the meeting."], "Troy Fridley", null },
        { "minutes taken by", ["# Board meeting", "Present: Ann Lee (Chair), Natasha Noorbakhsh", "Minutes taken by: Natasha Noorbakhsh"], "Ann Lee", "Natasha Noorbakhsh" },
        { "note taker label", ["# Project meeting", "Facilitator: Troy Fridley", "Note taker: Omar Santos"], "Troy Fridley", "Omar Santos" },
        { "nobody said to chair", ["# Team meeting", "Present: Troy Fridley, Omar Santos", "1. Welcome"], null, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_chair_and_minute_taker(string name, string[] blocks, string? chair, string? minuteTaker)
    {
        var meeting = Parse(blocks).Meeting;
        Assert.True(meeting.Chair == chair && meeting.MinuteTaker == minuteTaker, $"{name}: got {meeting.Chair} / {meeting.MinuteTaker}");
    }
}
