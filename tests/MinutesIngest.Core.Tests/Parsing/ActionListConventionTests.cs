using static MinutesIngest.Core.Tests.Parsing.BlockSpec;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>
/// Action lists written in running text and lists (task allocations under a decision line, status notes, status groups,
/// owners asked by name), each over minimal invented text, as "text|owner|owner_name|item|due" with "-" for null.
/// </summary>
public sealed class ActionListConventionTests
{
    private const string Attendance = "Present: Alan Grey (Chair), Beth Lowe (Secretary), Carl Dunn (CD), Dana Ford (Treasurer), Eve Hart (EH)";

    public static TheoryData<string, string[], string[]> Allocations() => new()
    {
        {
            "an action label nested in the notes' bullets owns only the entries under it; the next topic's bullet ends it",
            [Attendance, "# Topics", "[] Hall", ">[] The hall needs repairs.", ">[] Action items:", ">>[] Carl to book the roofer", ">>[] Dana to call the insurer",
             "[] Garden", ">[] The bulbs were planted."],
            ["Carl to book the roofer|Carl|Carl Dunn|-|-", "Dana to call the insurer|Dana|Dana Ford|-|-"]
        },
        {
            "owner-dash paragraphs under an action items label, one written with a double hyphen",
            [Attendance, "1. Hall", "The hall needs repairs.", "Action Items:", "Carl - Book the roofer for a quote.", "Dana -- Draft the letter to members.",
             "Dana - Call the insurer", "Prepared by Beth Lowe"],
            ["Carl - Book the roofer for a quote|Carl|Carl Dunn|1|-", "Dana -- Draft the letter to members|Dana|Dana Ford|1|-", "Dana - Call the insurer|Dana|Dana Ford|1|-"]
        },
        {
            "a task list whose entries close with their owners after a colon, after a topic or on their own",
            [Attendance, "1. Hall", "[] Tasks (short term)", ">[] Roof: get three quotes: Carl", ">[] Insurance: Dana/Eve", ">[] Write the hire rules: Beth?"],
            ["Roof: get three quotes: Carl|Carl|Carl Dunn|1|-", "Insurance: Dana/Eve|Dana/Eve|-|1|-", "Write the hire rules: Beth?|Beth|Beth Lowe|1|-"]
        },
        {
            "a numbered 'next steps' heading closed by a dash over plain paragraphs",
            [Attendance, "# 1 Hall", "The roof leaks.", "# 2 Next steps -", "get three quotes for the roof", "Carl to call the insurer", "# 3 Date of next meeting"],
            ["get three quotes for the roof|-|-|2|-", "Carl to call the insurer|Carl|Carl Dunn|2|-"]
        },
        {
            "an action items heading over one-line paragraphs, each an owner and what they will do",
            [Attendance, "# 1 Hall", "The roof leaks.", "# Action Items", "Carl will get three quotes", "Dana to call the insurer", "# 2 Date of next meeting"],
            ["Carl will get three quotes|Carl|Carl Dunn|1|-", "Dana to call the insurer|Dana|Dana Ford|1|-"]
        },
        {
            "a note under an action list heading is no step, and the numbered list below it is still read",
            [Attendance, "# 1 Hall", "The roof leaks.", "# 2 Actions agreed at the previous meeting", "Members were invited to report back.", "1. Get three quotes for the roof.",
             "No action taken.", "2. Carl to call the insurer.", "# 3 Date of next meeting"],
            ["Get three quotes for the roof|-|-|2|-", "Carl to call the insurer|Carl|Carl Dunn|2|-"]
        },
        {
            "one short line under an action items heading, before the table of actions, is a note",
            [Attendance, "# 1 Hall", "# Action Items", "To be copied to the tracker", "|Item|Responsible|Due Date\n|Book the roofer|Carl|06/08/20"],
            ["Book the roofer|Carl|Carl Dunn|1|2020-08-06"]
        },
        {
            "owner-colon entries under a resolved line",
            [Attendance, "1. Hall", "The hall needs repairs.", "Resolved", "[] Carl: Book the roofer for a quote", "[] Dana/Eve: Draft the letter to members."],
            ["Book the roofer for a quote|Carl|Carl Dunn|1|-", "Draft the letter to members|Dana/Eve|-|1|-"]
        },
        {
            "a placeholder entry is no action",
            [Attendance, "1. Hall", "Decisions", "[] (none)", "2. Garden", "Decisions:", "[] Beth Lowe: Order the bulbs"],
            ["Order the bulbs|Beth Lowe|Beth Lowe|2|-"]
        },
        {
            "a list of plain resolutions is no task allocation",
            [Attendance, "1. Hall", "Resolved", "[] The hire fee stays at ten pounds.", "[] Carl: Book the roofer"],
            []
        },
        {
            "the labels of a recorded vote are no owners",
            [Attendance, "1. Hall", "Resolved", "[] Moved: Carl Dunn", "[] Seconded: Dana Ford"],
            []
        },
        {
            "owner-colon bullets without a decision line are not actions",
            [Attendance, "1. Hall", "[] Carl: Book the roofer", "[] Dana: Draft the letter"],
            []
        },
    };

    public static TheoryData<string, string[], string[]> Registers() => new()
    {
        {
            "a status note in square brackets names the owner after 'for'",
            [Attendance, "## Actions", "[1.] Book the hall [closed]", "[2.] Carl to print the flyers [new for Dana Ford]", "[3.] Send the figures [ongoing for ALL to Beth Lowe]"],
            ["Book the hall|-|-|-|-", "Carl to print the flyers|Dana Ford|Dana Ford|-|-", "Send the figures|ALL|-|-|-"]
        },
        {
            "owners in square brackets open the entries of a carried-forward list",
            [Attendance, "1. Hall", "The hall needs repairs.", "## Actions carried forward", "[] [CD] Book the roofer for a quote", "[] [EH] Draft the letter to members", "[] [All] Read the survey report"],
            ["Book the roofer for a quote|CD|Carl Dunn|1|-", "Draft the letter to members|EH|Eve Hart|1|-", "Read the survey report|All|-|1|-"]
        },
        {
            "a remark in square brackets before an entry names nobody",
            [Attendance, "1. Hall", "## Actions carried forward", "[] [Done] Book the roofer for a quote"],
            ["[Done] Book the roofer for a quote|-|-|1|-"]
        },
        {
            "status labels group the entries of one list",
            [Attendance, "1. Minutes", "## Previous action items", "In progress:", "[] Working on the annual report", "Done:", "[] Hall booked for the fair"],
            ["Working on the annual report|-|-|1|-", "Hall booked for the fair|-|-|1|-"]
        },
        {
            "an action heading with the agenda's timing and the word minutes",
            [Attendance, "## 1 Previous Action Items [10 min]", "We go through the list.", "## 1 Previous Action Items Minutes", "[] Working on the annual report"],
            ["Working on the annual report|-|-|1|-"]
        },
        {
            "an 'Action Items:' line over a rendered numbered list at the head of the minutes",
            ["Client meeting minutes", "Attendees:", "[] Ann Quill", "Agenda items:", "[1)] Questions from the brief", "Action Items:",
             "[1)] Update the use case diagram", "[2)] Update the report", "Questions for the client", "[1)] Who approves a change?",
             "The manager approves it.", "[2)] Is there a notification?", "Yes, by email."],
            ["Update the use case diagram|-|-|1|-", "Update the report|-|-|1|-"]
        },
        {
            "owners asked by name",
            [Attendance, "1. Servers", "Action: Ask Carl/Dana to price a new server.", "Action: Ask Eve Hart to check the backups."],
            ["Ask Carl/Dana to price a new server|Carl/Dana|-|1|-", "Ask Eve Hart to check the backups|Eve Hart|Eve Hart|1|-"]
        },
    };

    public static TheoryData<string, string[], string[]> ScribeLogs() => new()
    {
        {
            "a heading 'Action' over the paragraph it marks",
            [Attendance, "### 4. Uniform", "Parents support a plain top.", "#### Action", "CD to confirm the uniform policy. The website to be updated.", "> CD: The policy is on the website.", "### 5. Newsletter", "Sent in May."],
            ["CD to confirm the uniform policy. The website to be updated|CD|Carl Dunn|4|-"]
        },
        {
            "the owner before a second colon after the marker",
            [Attendance, "1. Website", "Action: Carl: Renew the domain.", "Action: Note: the domain was renewed."],
            ["Renew the domain|Carl|Carl Dunn|1|-", "Note: the domain was renewed|-|-|1|-"]
        },
        {
            "a contents entry naming actions is no action list, and its sections own their actions",
            [Attendance, "## Contents", "[1.] Welcome", "[2.] Open actions", "[3.] Website", "## Welcome", "Hello.", "## Open actions", "Nothing new.",
             "## Website", "Action: Carl to renew the domain."],
            ["Carl to renew the domain|Carl|Carl Dunn|3|-"]
        },
        {
            "owners in brackets before their tasks, in a two-column table and a list under one heading; a status after a dash ends a list entry's task",
            [Attendance, "## 2. Outstanding Actions", "|[CD]|Book the roofer for a quote,\n| |and share it with the trustees - done\n|[EH]|Draft the letter to members - in progress",
             "The letter waits for the figures.", "|[All]|Send photos for the newsletter", "[] [EH] Print the flyers - done, see the folder", "[] [All] Share the flyers", "[] [CD] Renew the lease - closed (see the letter)",
             "## 3. Garden", "Nothing new."],
            ["Book the roofer for a quote, and share it with the trustees - done|CD|Carl Dunn|2|-", "Draft the letter to members - in progress|EH|Eve Hart|2|-",
             "Send photos for the newsletter|All|-|2|-", "Print the flyers|EH|Eve Hart|2|-", "Share the flyers|All|-|2|-",
             "Renew the lease - closed (see the letter)|CD|Carl Dunn|2|-"]
        },
        {
            "a marker after a pasted web address opens an action",
            [Attendance, "1. Robotics", "Carl showed the simulator: https://example.org/sim/#arm Action item: Dana, Eve to plan the first class"],
            ["Dana, Eve to plan the first class|Dana, Eve|-|1|-"]
        },
        {
            "sections minuted in another order than the contents listed them still own their actions",
            [Attendance, "## Contents", "[1.] Welcome", "[2.] Website", "[3.] Garden", "## Welcome", "Hello.", "## Garden", "Action: Dana to buy the bulbs.",
             "## Website", "Action: Carl to renew the domain."],
            ["Dana to buy the bulbs|Dana|Dana Ford|3|-", "Carl to renew the domain|Carl|Carl Dunn|2|-"]
        },
    };

    public static TheoryData<string, string[], string[]> TextExtent() => new()
    {
        {
            "a marker opening its own paragraph marks the whole paragraph",
            [Attendance, "1. Roof", "Action 3: Carl to ask two roofers for quotes. Dana to compare them with last year's costs", "Due: before the next meeting."],
            ["Carl to ask two roofers for quotes. Dana to compare them with last year's costs|Carl|Carl Dunn|1|-"]
        },
        {
            "the paragraph's task stops at the deadline written after it",
            [Attendance, "1. Roof", "Action: Carl to ask two roofers for quotes. Due: 3 May 2024. The roof was then discussed."],
            ["Carl to ask two roofers for quotes|Carl|Carl Dunn|1|2024-05-03"]
        },
        {
            "a marker inside a paragraph takes its own sentence",
            [Attendance, "1. Roof", "The roof leaks. Action: Carl to ask two roofers for quotes. The members thanked him."],
            ["Carl to ask two roofers for quotes|Carl|Carl Dunn|1|-"]
        },
        {
            "a hard-wrapped paragraph opened by a marker runs to its end, across sentence ends and capitals",
            [Attendance, "1. Website", "ACTION: Carl and Dana to write a short page on the\nrenewal process for members, check it with Eve\nHart, and add it to the website for the members:\nhttps://example.org/members/renewals/process .\n(Note: the old page stays online.)"],
            ["Carl and Dana to write a short page on the renewal process for members, check it with Eve Hart, and add it to the website for the members: https://example.org/members/renewals/process . (Note: the old page stays online.)|Carl and Dana|-|1|-"]
        },
        {
            "a short action whose words recur in a long marked paragraph before it is its own action",
            [Attendance, "1. Blog", "Action: Carl will ask Dana and Eve about the wording and then draft a post. The post will go to Dana, Eve and Beth for review before it is published.",
             "2. Talk", "Action:", "Dana and Eve will draft the talk."],
            ["Carl will ask Dana and Eve about the wording and then draft a post. The post will go to Dana, Eve and Beth for review before it is published|Carl|Carl Dunn|1|-",
             "Dana and Eve will draft the talk|Dana and Eve|-|2|-"]
        },
        {
            "a marker label closing a paragraph over bullets whose numbers are typed in: one action per numbered bullet",
            [Attendance, "1. Website", "The page was discussed.\nACTION:", "[] 1) Carl to update the renewal page.", "[] (covering the fees)",
             "[] 2) Dana to draft the survey.", "[] 3) Eve to book the hall.", "2. Any other business"],
            ["Carl to update the renewal page. (covering the fees)|Carl|Carl Dunn|1|-", "Dana to draft the survey|Dana|Dana Ford|1|-", "Eve to book the hall|Eve|Eve Hart|1|-"]
        },
        {
            "numbered entries run together on one line are split at the next number",
            [Attendance, "## Actions", "1. Carl to book the hall\n2. Dana to share the budget on the forum 3. Eve to print the flyers"],
            ["Carl to book the hall|Carl|Carl Dunn|-|-", "Dana to share the budget on the forum|Dana|Dana Ford|-|-", "Eve to print the flyers|Eve|Eve Hart|-|-"]
        },
    };

    public static TheoryData<string, string[], string[]> Assignments() => new()
    {
        {
            "an agenda kept as a task list: the boxed entries under its action-items entry, at any depth, are the actions; unboxed notes are not",
            [Attendance, "## Agenda Items", "[] [ ] Revisit Action Items", ">[] [ ] Carl to book the hall", ">>[] the hall was full in May",
             ">>[] Dana may call back", ">[] [x] Dana to draft the letter", ">[] [ ] Follow-up tasks", ">>[] Rota", ">>>[] [x] Eve to redo the rota",
             ">>>>[] Beth to check it", "[] [ ] Open forum", ">[] Nothing raised"],
            ["Carl to book the hall|Carl|Carl Dunn|-|-", "Dana to draft the letter|Dana|Dana Ford|-|-", "Follow-up tasks|-|-|-|-", "Eve to redo the rota|Eve|Eve Hart|-|-"]
        },
        {
            "tasks under 'Action items' that merely name a vote are still tasks when they open with a verb to obey",
            [Attendance, "## Reports", "### Website", "The site was updated.", "Action items:", "[] Try to recruit more volunteers for the fair",
             "[] Email the trustees voted onto the board in March", "### Treasurer", "Planning an event"],
            ["Try to recruit more volunteers for the fair|-|-|-|-", "Email the trustees voted onto the board in March|-|-|-|-"]
        },
        {
            "entries nested under a work assignments bullet, owners as initials before a colon, deadlines in brackets",
            ["Attendees Initials", "[] CD = Carl Dunn", "[] EH = Eve Hart", "[] DF = Dana Ford", "Date: 11 March 2024", "[] Discussion:", ">[] The roof was discussed.",
             "[] Work Assignments (due date)", ">[] CD: book the roofer (due date: 03/18/2024)", ">[] EH, DF: draft the letter (March 20th)",
             "[] Progress reports", ">[] CD: rang three roofers"],
            ["book the roofer|CD|Carl Dunn|-|2024-03-18", "draft the letter|EH, DF|-|-|2024-03-20"]
        },
        {
            "a closing date in brackets is the deadline, a remark in brackets or a date before the meeting stays in the text",
            [Attendance, "Date: 11 March 2024", "## Next steps", "[] Carl and Dana: Book the hall (Friday 3/22/2024)", "[] Print the flyers (Due soon)",
             "[] Review the old lease (21 January 2014)", "[] Prepare the talk, Due: April 19th", "[] Order the chairs (2/3)"],
            ["Book the hall|Carl and Dana|-|-|2024-03-22", "Print the flyers (Due soon)|-|-|-|-", "Review the old lease (21 January 2014)|-|-|-|-",
             "Prepare the talk|-|-|-|2024-04-19", "Order the chairs (2/3)|-|-|-|-"]
        },
        {
            "a topic heading ending in a dash and 'Action Items' opens a list; a topic before a colon is no owner",
            [Attendance, "Date: 11 March 2024", "## Fair & Flyers – Action Items", "[] Spring fair: 9 April at the hall; bring the raffle prizes.",
             "[] Flyers: Carl to print them; share them with the school.", "[] Board: review the hire policy.", "## Next Meeting", "- 6 May 2024."],
            ["Spring fair: 9 April at the hall; bring the raffle prizes|-|-|-|2024-04-09", "Flyers: Carl to print them; share them with the school|Carl|Carl Dunn|-|-",
             "review the hire policy|Board|-|-|-"]
        },
        {
            "an owner taking an action item whose task went before it takes the whole line",
            [Attendance, "1. Letters", "[] The draft letter to members was approved, Carl takes action item to send",
             "[] The insurer must be told of the new lease, Dana takes action item", "[] Eve takes action item to book the hall for the summer fair"],
            ["The draft letter to members was approved, Carl takes action item to send|Carl|Carl Dunn|1|-",
             "The insurer must be told of the new lease, Dana takes action item|Dana|Dana Ford|1|-",
             "Eve takes action item to book the hall for the summer fair|Eve|Eve Hart|1|-"]
        },
    };

    [Theory]
    [MemberData(nameof(Assignments))]
    [MemberData(nameof(TextExtent))]
    [MemberData(nameof(ScribeLogs))]
    [MemberData(nameof(Allocations))]
    [MemberData(nameof(Registers))]
    public void Records_actions_by_convention(string name, string[] blocks, string[] expected)
    {
        var actions = RecordText.Actions(Parse(blocks));
        Assert.True(expected.SequenceEqual(actions), $"{name}: got [{string.Join("; ", actions)}]");
    }
}
