using static MinutesIngest.Core.Tests.Parsing.BlockSpec;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>
/// Owners written in a right-hand margin beside a paragraph (a convention of council, village-hall and charity minutes):
/// an owner makes the paragraph's request an action; a remark in the same margin does not. Cases are
/// "text|owner|owner_name|item|due" with "-" for null.
/// </summary>
public sealed class MarginActionTests
{
    private const string Attendance = "Present: Cllr Alan Grey (Chair), Cllr Beth Lowe, Carl Dunn (Clerk), Dana Ford (DF)";

    public static TheoryData<string, string[], string[]> Owners() => new()
    {
        {
            "a role beside the paragraph's last sentence",
            [Attendance, "1. Highways", "The verge by the school is overgrown again. Clerk to write to the highways department about the verge. ⇥ Clerk"],
            ["Clerk to write to the highways department about the verge|Clerk|Carl Dunn|1|-"]
        },
        {
            "initials beside a paragraph's last line take its last sentence",
            [Attendance, "1. Fence", "The old fence is rotten. Dana to get three quotes for the new fence. ⇥ DF"],
            ["Dana to get three quotes for the new fence|DF|Dana Ford|1|-"]
        },
        {
            "a sentence without an owner in it",
            [Attendance, "1. Bench", "The bench has been delivered. It should be fixed near the pond before spring. ⇥ Clerk"],
            ["It should be fixed near the pond before spring|Clerk|Carl Dunn|1|-"]
        },
        {
            "two councillors by name own it together",
            [Attendance, "1. Footpaths", "The footpath by the church needs inspecting after the storm. ⇥ Cllrs A Grey and B Lowe"],
            ["The footpath by the church needs inspecting after the storm|Cllrs A Grey and B Lowe|-|1|-"]
        },
        {
            "a numbered list item with a margin owner belongs to its own item",
            [Attendance, "[1.] Apologies were received from nobody.", "[2.] Clerk to order a new dog bin for the playing field. ⇥ Clerk"],
            ["Clerk to order a new dog bin for the playing field|Clerk|Carl Dunn|2|-"]
        },
        {
            "initials beside a bulleted matter opening with its topic take the whole matter",
            [Attendance, "1. Matters arising", "[] Play Park The new swings are in. DF to get a quote for the safety surface. ⇥ DF"],
            ["Play Park The new swings are in. DF to get a quote for the safety surface|DF|Dana Ford|1|-"]
        },
        {
            "initials beside a bulleted matter with its topic before a dash take the whole matter",
            [Attendance, "1. Matters arising", "[] Bus shelter - the glass was replaced. DF to chase the invoice. ⇥ DF"],
            ["Bus shelter - the glass was replaced. DF to chase the invoice|DF|Dana Ford|1|-"]
        },
        {
            "initials beside a paragraph opening with a joined topic take the whole matter",
            [Attendance, "1. Any other business", "Bins and Dog Fouling The new bins arrived. DF to order the signs. ⇥ DF"],
            ["Bins and Dog Fouling The new bins arrived. DF to order the signs|DF|Dana Ford|1|-"]
        },
        {
            "a sentence opening with an article and a title is no topic: the last sentence",
            [Attendance, "1. Reports", "The Events Officer said the season went well. The Chair asked for a summary next time. ⇥ DF"],
            ["The Chair asked for a summary next time|DF|Dana Ford|1|-"]
        },
        {
            "a sentence opening with an honorific and a name is no topic: the last sentence",
            [Attendance, "1. Reports", "Dr Lowe said the season went well. Carl to write up the season. ⇥ Clerk"],
            ["Carl to write up the season|Clerk|Carl Dunn|1|-"]
        },
        {
            "initials beside a bulleted sentence run take its last sentence",
            [Attendance, "1. Matters arising", "[] The new swings are in and were praised. DF to get a quote for the safety surface. ⇥ DF"],
            ["DF to get a quote for the safety surface|DF|Dana Ford|1|-"]
        },
        {
            "a note beside a numbered point belongs to the whole point",
            [Attendance, "1. Highways", "ii) The verge by the school is overgrown again. Clerk to write to the highways department. ⇥ Clerk"],
            ["The verge by the school is overgrown again. Clerk to write to the highways department|Clerk|Carl Dunn|1|-"]
        },
    };

    public static TheoryData<string, string[], string[]> Remarks() => new()
    {
        { "noted", [Attendance, "1. Reports", "The police report for the month was read out to the meeting. ⇥ Noted"], [] },
        { "a lone initial split off the prose", [Attendance, "1. Reports", "E. Hart was also a guest speaker at the library. ⇥ E."], [] },
        { "agreed", [Attendance, "1. Grants", "The grant to the youth club for the summer scheme was discussed. ⇥ Agreed"], [] },
        { "signed", [Attendance, "1. Minutes", "The minutes of the last meeting were approved as a true record. ⇥ Signed by the Chair"], [] },
        { "a month", [Attendance, "1. Walks", "The parish walk around the boundary will take place again this year. ⇥ Feb"], [] },
        { "a sum", [Attendance, "1. Hall", "The hire charge for the hall was set for the coming year. ⇥ £120"], [] },
    };

    [Theory]
    [MemberData(nameof(Owners))]
    [MemberData(nameof(Remarks))]
    public void Margin_notes_give_actions_only_for_owners(string name, string[] blocks, string[] expected)
    {
        var actions = RecordText.Actions(Parse(blocks));
        Assert.True(expected.SequenceEqual(actions), $"{name}: got [{string.Join("; ", actions)}]");
    }
}
