using static MinutesIngest.Core.Tests.Parsing.BlockSpec;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>Who chaired and who took the minutes: set only when the text says so, with the fullest form of the name.</summary>
public sealed class MeetingPeopleRuleTests
{
    public static TheoryData<string, string[], string?, string?> Cases() => new()
    {
        { "chair in brackets", ["# Parish Council", "Present: Cllr J Smith (Chair), Mrs A Brown (Clerk)"], "Cllr J Smith", null },
        { "chair label", ["# Project meeting", "Chair: Grace Okafor", "Attendees: Grace Okafor, Yusuf Ibrahim"], "Grace Okafor", null },
        { "acting chair by first name takes the fullest form", ["# Project meeting", "Attendees: Yusuf Ibrahim, Ann Lee", "Acting chair: Yusuf"], "Yusuf Ibrahim", null },
        { "chaired sentence", ["# Team meeting", "Present: Grace Okafor, Yusuf Ibrahim", "Grace chaired the meeting."], "Grace Okafor", null },
        { "minutes taken by", ["# Board meeting", "Present: Ann Lee (Chair), Priya Nandakumar", "Minutes taken by: Priya Nandakumar"], "Ann Lee", "Priya Nandakumar" },
        { "note taker label", ["# Project meeting", "Facilitator: Grace Okafor", "Note taker: Yusuf Ibrahim"], "Grace Okafor", "Yusuf Ibrahim" },
        { "nobody said to chair", ["# Team meeting", "Present: Grace Okafor, Yusuf Ibrahim", "1. Welcome"], null, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_chair_and_minute_taker(string name, string[] blocks, string? chair, string? minuteTaker)
    {
        var meeting = Parse(blocks).Meeting;
        Assert.True(meeting.Chair == chair && meeting.MinuteTaker == minuteTaker, $"{name}: got {meeting.Chair} / {meeting.MinuteTaker}");
    }
}
