using static MinutesIngest.Core.Tests.Parsing.BlockSpec;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>Explicitly marked actions, as "text|owner|owner_name|item|due" with "-" for null.</summary>
public sealed class ActionRuleTests
{
    private const string Attendance = "Present: Helen Marsh (PCC), Jane Roe (DCC), Mary Smith (MS), Richard Hughes, Mrs R Patel (Clerk)";

    public static TheoryData<string, string[], string[]> Cases() => new()
    {
        {
            "owner given as an abbreviation",
            [Attendance, "1. Policing plan", "The plan was discussed.", "Action: DCC to share the plan with the panel."],
            ["DCC to share the plan with the panel|DCC|Jane Roe|1|-"]
        },
        {
            "marker in the middle of a paragraph, owner resolved through the role",
            [Attendance, "1. Apologies", "None.", "2. Hedges",
             "The overgrown hedge at the playing field was discussed and it was agreed. Action: Clerk to write to the landowner. Members thanked the Chair."],
            ["Clerk to write to the landowner|Clerk|Mrs R Patel|2|-"]
        },
        {
            "owner-only marker takes the paragraph before it",
            [Attendance, "1. Storage", "Mary will ask the churchwarden about storing the folding tables in the vestry.", "ACTION: MS"],
            ["Mary will ask the churchwarden about storing the folding tables in the vestry|MS|Mary Smith|1|-"]
        },
        {
            "owner-only marker at the end of the paragraph",
            [Attendance, "1. Storage", "Mary will ask the churchwarden about the folding tables. ACTION: MS"],
            ["Mary will ask the churchwarden about the folding tables|MS|Mary Smith|1|-"]
        },
        {
            "an actions heading followed by several lines",
            [Attendance, "1. Budget", "The draft was discussed.", "ACTIONS:\nPCC to circulate the draft budget.\nClerk to book the hall for the public meeting."],
            ["PCC to circulate the draft budget|PCC|Helen Marsh|1|-", "Clerk to book the hall for the public meeting|Clerk|Mrs R Patel|1|-"]
        },
        {
            "an actions heading followed by bullets",
            [Attendance, "1. Budget", "Actions:", "[] PCC to circulate the draft budget.", "[] Clerk to book the hall."],
            ["PCC to circulate the draft budget|PCC|Helen Marsh|1|-", "Clerk to book the hall|Clerk|Mrs R Patel|1|-"]
        },
        {
            "AI marker with a first-name owner",
            [Attendance, "1. Website", "AI: Richard to update the website with the new dates."],
            ["Richard to update the website with the new dates|Richard|Richard Hughes|1|-"]
        },
        {
            "several owners are not resolved",
            [Attendance, "1. Volunteers", "The volunteer rota will be reviewed before the spring.", "ACTION: DCC/MS"],
            ["The volunteer rota will be reviewed before the spring|DCC/MS|-|1|-"]
        },
        {
            "an owner nobody in the attendance holds is not resolved",
            [Attendance, "1. Correspondence", "Action: Vice Chairman to write to the county council."],
            ["Vice Chairman to write to the county council|Vice Chairman|-|1|-"]
        },
        {
            "a due date written in the action",
            [Attendance, "1. Strategy", "Action: PCC to publish the first draft by 14th March 2019."],
            ["PCC to publish the first draft by 14th March 2019|PCC|Helen Marsh|1|2019-03-14"]
        },
        {
            "an action-log table takes the last item before it and its due column",
            [Attendance, "1. Apologies", "None.", "2. Finance", "Noted.", "|Action|Owner|Due\n|Circulate the revised budget|Clerk|30/06/2024"],
            ["Circulate the revised budget|Clerk|Mrs R Patel|2|2024-06-30"]
        },
        {
            "an action-log table with a Ref column",
            [Attendance, "1. Apologies", "None.", "2. Review of actions",
             "|Ref|Action|Owner|Deadline\n|1.3|Update the risk register|MS|31 July 2024\n|1.4|Renew the insurance|Clerk|Undecided"],
            ["Update the risk register|MS|Mary Smith|1.3|2024-07-31", "Renew the insurance|Clerk|Mrs R Patel|1.4|-"]
        },
        {
            "implicit commitments are not actions",
            [Attendance, "1. Hedges", "The Clerk will write to the landowner.", "Vice Chairman to write to the county council."],
            []
        },
        {
            "owner given by surname with an honorific",
            ["Present: Cllr B Hartley, Cllr C Moss", "1. Trees", "Action: Cllr Hartley to obtain three quotes."],
            ["Cllr Hartley to obtain three quotes|Cllr Hartley|Cllr B Hartley|1|-"]
        },
        {
            "several owners named together",
            [Attendance, "1. Plan", "Action: All members to read the draft plan."],
            ["All members to read the draft plan|All members|-|1|-"]
        },
        {
            "action item marker",
            [Attendance, "1. Website", "Action item: Richard to renew the domain."],
            ["Richard to renew the domain|Richard|Richard Hughes|1|-"]
        },
        {
            "hash action marker",
            [Attendance, "1. Website", "#action Richard to renew the domain"],
            ["Richard to renew the domain|Richard|Richard Hughes|1|-"]
        },
        {
            "an action without an owner",
            [Attendance, "1. Newsletter", "Action: Also contact the village newsletter about the event."],
            ["Also contact the village newsletter about the event|-|-|1|-"]
        },
        {
            "a deadline that is not a date",
            [Attendance, "1. Grants", "|Action|Owner|Deadline\n|Apply for the community grant|Clerk|before March deadline"],
            ["Apply for the community grant|Clerk|Mrs R Patel|1|-"]
        },
        {
            "initials in an action margin column",
            [Attendance, "1. Storage",
             "|Minute|Action\n|The volunteers discussed keeping the folding tables in the church vestry so they need not be carried across the green before each event; Mary agreed to ask the churchwarden whether space could be found.|MS"],
            ["The volunteers discussed keeping the folding tables in the church vestry so they need not be carried across the green before each event; Mary agreed to ask the churchwarden whether space could be found|MS|Mary Smith|1|-"]
        },
        {
            "initials beside a paragraph of several sentences own its last sentence",
            [Attendance, "1. Events", "|The events programme was reviewed and attendance has risen again this quarter. A fuller comparison will be brought to the next meeting once all the feedback is in.|MS"],
            ["A fuller comparison will be brought to the next meeting once all the feedback is in|MS|Mary Smith|1|-"]
        },
        {
            "owner written as the initials of a role",
            ["Present: Sam Bright (Deputy Chief Constable), Ann Cole (Chief Executive)", "1. Call handling", "Action: DCC to bring a proposal to the next board."],
            ["DCC to bring a proposal to the next board|DCC|Sam Bright|1|-"]
        },
        {
            "a role that contains 'and' is one owner",
            ["Present: Amy Rahman (Head of Libraries and Culture), Ben Tate (Clerk)", "1. Consultation", "Action: Head of Libraries and Culture to launch the consultation."],
            ["Head of Libraries and Culture to launch the consultation|Head of Libraries and Culture|Amy Rahman|1|-"]
        },
        {
            "a role with a place before it",
            ["Also present: Township Attorney Lisa Chow", "1. Ballot", "Action: Attorney to review the ballot language."],
            ["Attorney to review the ballot language|Attorney|Lisa Chow|1|-"]
        },
        {
            "a deadline written after the action's sentence",
            [Attendance, "1. Bids", "Action: Mary to submit the community fund bid. Due: 25/04/2025"],
            ["Mary to submit the community fund bid|Mary|Mary Smith|1|2025-04-25"]
        },
        {
            "ACTION(S) marker",
            [Attendance, "1. Hall", "ACTION(S): Clerk to book the hall."],
            ["Clerk to book the hall|Clerk|Mrs R Patel|1|-"]
        },
        {
            "Action marker without a colon",
            [Attendance, "1. Hall", "The hire charge was discussed. Action Clerk to book the hall."],
            ["Clerk to book the hall|Clerk|Mrs R Patel|1|-"]
        },
        {
            "a next steps table",
            [Attendance, "1. Website", "|Next Steps|Owner\n|Renew the domain|Richard\n|Update the privacy notice|MS"],
            ["Renew the domain|Richard|Richard Hughes|1|-", "Update the privacy notice|MS|Mary Smith|1|-"]
        },
        {
            "an action carried over in a later list is labelled once",
            [Attendance, "1. Insurance", "Action: Clerk to chase the insurer.", "2. Outstanding actions", "Actions:", "[] Clerk to chase the insurer.",
             "[] PCC to publish the plan."],
            ["Clerk to chase the insurer|Clerk|Mrs R Patel|1|-", "PCC to publish the plan|PCC|Helen Marsh|2|-"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Records_marked_actions(string name, string[] blocks, string[] expected)
    {
        var actions = RecordText.Actions(Parse(blocks));
        Assert.True(expected.SequenceEqual(actions), $"{name}: got [{string.Join("; ", actions)}]");
    }
}
