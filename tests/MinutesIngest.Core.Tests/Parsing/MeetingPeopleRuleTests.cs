using static MinutesIngest.Core.Tests.Parsing.BlockSpec;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>Who chaired and who took the minutes: set only when the text says so, with the fullest form of the name.</summary>
public sealed class MeetingPeopleRuleTests
{
    public static TheoryData<string, string[], string?, string?> Cases() => new()
    {
        { "chair in brackets", ["# Parish Council", "Present: Cllr J Smith (Chair), Mrs A Brown (Clerk)"], "Cllr J Smith", null },
        { "chair in brackets inside a plural-office roll call", ["# Parish Council", "Present: Councillors J Smith (Chair), A Brown and C Dunn"], "J Smith", null },
        { "chair label", ["# Project meeting", "Chair: Grace Okafor", "Attendees: Grace Okafor, Yusuf Ibrahim"], "Grace Okafor", null },
        { "acting chair by first name takes the fullest form", ["# Project meeting", "Attendees: Yusuf Ibrahim, Ann Lee", "Acting chair: Yusuf"], "Yusuf Ibrahim", null },
        { "chaired sentence", ["# Team meeting", "Present: Grace Okafor, Yusuf Ibrahim", "Grace chaired the meeting."], "Grace Okafor", null },
        { "minutes taken by", ["# Board meeting", "Present: Ann Lee (Chair), Priya Nandakumar", "Minutes taken by: Priya Nandakumar"], "Ann Lee", "Priya Nandakumar" },
        { "note taker label", ["# Project meeting", "Facilitator: Grace Okafor", "Note taker: Yusuf Ibrahim"], "Grace Okafor", "Yusuf Ibrahim" },
        { "nobody said to chair", ["# Team meeting", "Present: Grace Okafor, Yusuf Ibrahim", "1. Welcome"], null, null },
        { "present in the chair", ["# District meeting", "PRESENT IN THE CHAIR: Councillor Jo Bell.", "MEMBERS PRESENT:", "Councillors Hart and Ives."], "Councillor Jo Bell", null },
        { "chaired by and clerked by in a header table", ["# Finance Committee", "|Chaired by Ann Lee||Clerked by Tom Hart"], "Ann Lee", "Tom Hart" },
        { "officer block president", ["# Board Meeting", "OFFICERS:", "Past President - Rita Gomez", "President - Lena Park", "Treasurer - Joe Bloggs", "Attendees: Lena Park, Joe Bloggs"], "Lena Park", null },
        { "taken by and a shared chair standing in for an absent one",
          ["# Club AGM Minutes", "Taken by Ann Lee", "Meeting chaired by Bob Hart & Carl Ives in absence of Dee Moss.", "## Present", "Apologies from Dee Moss & Eve Nash"],
          "Bob Hart, Carl Ives", "Ann Lee" },
        { "minutes taken by an office with the name after it", ["# Club AGM Minutes", "Minutes taken by the Secretary, Ann Lee, and typed up by Bob Hart."], null, "Ann Lee" },
        { "elected chair at the meeting's opening, by initials", ["# Trust meeting", "Present Mr A Lee (AL), Mr B Hart (BH)", "1. Chair", "AL proposed by BH. AL elected chair"], "Mr A Lee", null },
        { "prepared by", ["# Sprint Meeting 1", "Prepared by: Sam Okoro", "Meeting Date: 03/27/2023"], null, "Sam Okoro" },
        { "officers chosen in an election are no officers of the meeting",
          ["# Society meeting", "Present: Ann Lee, Bob Hart, Carl Ives", "## Nominations for committee posts", "The following were elected:", "[] Chair: Bob Hart", "[] Secretary: Carl Ives"], null, null },
        { "a lead-in naming nominations over the officer list", ["# Society meeting", "Present: Ann Lee, Bob Hart", "## Committee business", "The following nominations were received:", "[] Chair: Bob Hart", "[] Secretary: Ann Lee"], null, null },
        { "chair in a bracket with initials", ["# Annual General Meeting", "Present:", "Ann Lee (AL), Bob Hart (BH, Chair), Carl Ives (CI, Secretary)"], "Bob Hart", null },
        { "chair after initials in a table cell", ["# Parish Council", "|Present:|Apologies:\n|Ann Lee (AL) CHAIR Bob Hart (BH)|Carl Ives"], "Ann Lee", null },
        { "officer block on one line separated by slashes", ["# Club meeting", "Chair: Lena Park / Secretary: Joe Bloggs / Treasurer: Rita Gomez", "1. Welcome"], "Lena Park", null },
        { "officer block on one line apart by tabs, chair second", ["# Club meeting", "Treasurer: Rita Gomez\tChairperson: Lena Park", "1. Welcome"], "Lena Park", null },
        { "vice chair is not the chair", ["# Board meeting", "Present: Ann Lee (Vice Chair), Bob Hart", "1. Welcome"], null, null },
        { "a stand-in secretary took the minutes", ["# Club meeting", "Attendees: Ann Lee, Bob Hart (playing the stand-in Secretary)", "1. Welcome"], null, "Bob Hart" },
        { "an acting secretary took the minutes", ["# Club meeting", "Present: Ann Lee, Bob Hart (Acting Secretary)", "1. Welcome"], null, "Bob Hart" },
        { "the scribes label of Markdown minutes", ["# Example Group Telco", "Present: Ann Lee, Bob Hart", "Scribe(s): Bob Hart", "minutes: Silence: approved."], null, "Bob Hart" },
        { "an item heading with its outcome after a colon names nobody", ["# Club meeting", "Present: Ann Lee, Bob Hart", "MINUTES: approved.", "Secretary: vacant"], null, null },
        { "a speaker's line after a minutes label names nobody", ["# Example Group Telco", "Present: Ann Lee, Bob Hart", "minutes: Silence: approved."], null, null },
        { "an election further down is not the header's chair",
          ["# Board meeting", "Present: Ann Lee, Bob Hart", "1. Welcome", "Noted.", "2. Apologies", "None.", "3. Minutes", "Approved.", "4. Elections", "The following were elected:", "Chair – Ann Lee"], null, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_chair_and_minute_taker(string name, string[] blocks, string? chair, string? minuteTaker)
    {
        var meeting = Parse(blocks).Meeting;
        Assert.True(meeting.Chair == chair && meeting.MinuteTaker == minuteTaker, $"{name}: got {meeting.Chair} / {meeting.MinuteTaker}");
    }
}
