using static MinutesIngest.Core.Tests.Parsing.BlockSpec;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>
/// Action conventions many bodies use (marker vocabulary, action lists, task tables, owner forms), each over minimal
/// invented text, as "text|owner|owner_name|item|due" with "-" for null.
/// </summary>
public sealed class ActionConventionTests
{
    private const string Attendance = "Present: Alan Grey (Chair), Beth Lowe (Secretary), Carl Dunn (CD), Dana Ford (Treasurer), Eve Hart (EH)";

    public static TheoryData<string, string[], string[]> Markers() => new()
    {
        {
            "owner initials in square brackets after the marker",
            [Attendance, "1. Website", "EH: the domain lapses in May.", "AI[CD]: I'll renew the domain."],
            ["I'll renew the domain|CD|Carl Dunn|1|-"]
        },
        {
            "owner named after 'for' in the marker",
            [Attendance, "1. Website", "Action item for Carl: renew the domain before it lapses."],
            ["renew the domain before it lapses|Carl|Carl Dunn|1|-"]
        },
        {
            "two owners named after 'for' in the marker",
            [Attendance, "1. Website", "Action for Carl and Dana: renew the domain."],
            ["renew the domain|Carl and Dana|-|1|-"]
        },
        {
            "the marker in round brackets opening a bullet, without a colon",
            [Attendance, "1. Website", "[] Noted the renewal notice.", "[] (Action) Carl will renew the domain", "[] (ACTION) Dana to draft the newsletter"],
            ["Carl will renew the domain|Carl|Carl Dunn|1|-", "Dana to draft the newsletter|Dana|Dana Ford|1|-"]
        },
        {
            "the marker in square brackets opening a bullet, without a colon",
            ["Present: Alan Grey (Chair), Beth Lowe (Secretary)", "1. Website", "[] [Action] Beth to renew the domain.", "[] [Action] Test the new form."],
            ["Beth to renew the domain|Beth|Beth Lowe|1|-", "Test the new form|-|-|1|-"]
        },
        {
            "the same marked words under two topics' bullets are two tasks",
            [Attendance, "1. New halls", "[] North hall: agreed", ">[] (Action) Carl to order the keys for the new hall", "[] South hall: agreed",
             ">[] (Action) Carl to order the keys for the new hall"],
            ["Carl to order the keys for the new hall|Carl|Carl Dunn|1|-", "Carl to order the keys for the new hall|Carl|Carl Dunn|1|-"]
        },
        {
            "the same marked words repeated in a closing summary are one task",
            [Attendance, "1. New halls", "[] North hall: agreed", ">[] ACTION: Carl to order the keys for the new hall", "2. Summary of actions",
             "[] ACTION: Carl to order the keys for the new hall"],
            ["Carl to order the keys for the new hall|Carl|Carl Dunn|1|-"]
        },
        {
            "the marker in capitals straight after a word or a dash, without a full stop before it",
            [Attendance, "1. Juniors", "A coach was discussed and agreed to fund ACTION: Carl to push forwards.", "Costs need splitting out — ACTION: Dana to sort.",
             "The action: none was needed."],
            ["Carl to push forwards|Carl|Carl Dunn|1|-", "Dana to sort|Dana|Dana Ford|1|-"]
        },
        {
            "an owner-only marker closing the sentence: 'Action by:', 'Action by' and the owner's initials in brackets",
            [Attendance, "1. Hall", "The hall needs booking. Action by: Carl Dunn", "The flyers need printing. Action by Dana.", "The keys are lost. ACTION (CD)"],
            ["The hall needs booking|Carl Dunn|Carl Dunn|1|-", "The flyers need printing|Dana|Dana Ford|1|-", "The keys are lost|CD|Carl Dunn|1|-"]
        },
        {
            "a plural marker over clauses parted by semicolons, each with its owner",
            [Attendance, "1. Hall", "Action points: Carl to book the hall; Dana to print the flyers."],
            ["Carl to book the hall|Carl|Carl Dunn|1|-", "Dana to print the flyers|Dana|Dana Ford|1|-"]
        },
        {
            "an action table whose owner column is headed 'By' beside a deadline column",
            [Attendance, "1. Hall", "Noted.", "|No.|Action|By|Deadline\n|1|Book the hall|CD|31/05/2024"],
            ["Book the hall|CD|Carl Dunn|1|2024-05-31"]
        },
        {
            "an action table whose deadline column is headed 'Timescale'",
            [Attendance, "1. Hall", "Noted.", "|Action|Responsibility|Timescale\n|Book the hall|CD|31/05/2024"],
            ["Book the hall|CD|Carl Dunn|1|2024-05-31"]
        },
        {
            "a bracketed word that is not the marker opens no action",
            [Attendance, "1. Website", "(Actioned) Carl renewed the domain.", "[] [Draft] Dana shared the newsletter."],
            []
        },
        {
            "numbered marker",
            [Attendance, "1. Website", "Action 3: Carl to renew the domain."],
            ["Carl to renew the domain|Carl|Carl Dunn|1|-"]
        },
        {
            "zero-padded numbered marker in capitals",
            [Attendance, "1. Website", "ACTION 041: EH to renew the domain."],
            ["EH to renew the domain|EH|Eve Hart|1|-"]
        },
        {
            "a marker with its owner after a comma",
            [Attendance, "1. Website", "[] Action Item, Carl: Renew the domain", "[] Action Item, Dana and Eve: Draft the newsletter"],
            ["Renew the domain|Carl|Carl Dunn|1|-", "Draft the newsletter|Dana and Eve|-|1|-"]
        },
        {
            "a status in square brackets before the marker",
            [Attendance, "1. Previous actions", "[] [COMPLETED] Action Item: Renew the domain", "[] [OPEN] Action: Carl to book the hall"],
            ["Renew the domain|-|-|1|-", "Carl to book the hall|Carl|Carl Dunn|1|-"]
        },
        {
            "entries of an action list opening with the owner in square brackets",
            [Attendance, "1. Website", "Noted.", "## Action Items:", "[] [Carl]: Renew the domain", "[] [Dana]: Draft the newsletter"],
            ["Renew the domain|Carl|Carl Dunn|1|-", "Draft the newsletter|Dana|Dana Ford|1|-"]
        },
        {
            "a marker numbered by meeting and action, in a bold bullet",
            [Attendance, "1. Website", "[] Action 15/2: Carl to renew the domain."],
            ["Carl to renew the domain|Carl|Carl Dunn|1|-"]
        },
        {
            "a dated marker with the task after the colon",
            [Attendance, "1. Website", "ACTION 2021-03-04: Carl to renew the domain."],
            ["Carl to renew the domain|Carl|Carl Dunn|1|-"]
        },
        {
            "a dated marker with the owner after the date",
            [Attendance, "1. Website", "ACTION 2021-03-04 Dana: move the mailing list."],
            ["move the mailing list|Dana|Dana Ford|1|-"]
        },
        {
            "a dated marker with two owners after the date",
            [Attendance, "1. Website", "ACTION 2021-03-04 Carl and Dana: move the mailing list."],
            ["move the mailing list|Carl and Dana|-|1|-"]
        },
        {
            "a dated marker with the owner before the date",
            [Attendance, "1. Website", "ACTION Eve 2021-03-04: check the renewal invoice."],
            ["check the renewal invoice|Eve|Eve Hart|1|-"]
        },
        {
            "a dated marker with a day-month-year date",
            [Attendance, "1. Website", "Action 04/03/2021: Carl to renew the domain."],
            ["Carl to renew the domain|Carl|Carl Dunn|1|-"]
        },
        {
            "a dated marker closed with a status",
            [Attendance, "1. Website", "ACTION 2021-03-04 - DONE: Carl renewed the domain for two years."],
            ["Carl renewed the domain for two years|-|-|1|-"]
        },
        {
            "a first name or names inside the marker before the colon",
            [Attendance, "1. Website", "Action Carl: renew the domain.", "Action Carl/Dana: move the mailing list."],
            ["renew the domain|Carl|Carl Dunn|1|-", "move the mailing list|Carl/Dana|-|1|-"]
        },
        {
            "a word that names the kind of action before the colon is not an owner",
            [Attendance, "1. Website", "Action Plan: the plan was agreed by all members."],
            []
        },
        {
            "owner inside the marker before the colon",
            [Attendance, "1. Website", "ACTION CD: renew the domain before it lapses."],
            ["renew the domain before it lapses|CD|Carl Dunn|1|-"]
        },
        {
            "owner in brackets inside the marker",
            [Attendance, "1. Website", "Action (EH): renew the domain before it lapses."],
            ["renew the domain before it lapses|EH|Eve Hart|1|-"]
        },
        {
            "to-do marker inside a numbered list entry (the entry is an item)",
            [Attendance, "1. Room", "[2.] Todo: measure the storage room and list the shelving needed."],
            ["measure the storage room and list the shelving needed|-|-|2|-"]
        },
        {
            "hash todo marker",
            [Attendance, "1. Room", "#todo Carl to measure the storage room"],
            ["Carl to measure the storage room|Carl|Carl Dunn|1|-"]
        },
        {
            "owner written before a to-do marker, as a short role",
            [Attendance, "1. Forms", "Sec TODO: update the membership form."],
            ["update the membership form|Sec|Beth Lowe|1|-"]
        },
        {
            "owners written as in chat between a to-do marker and a colon: lower case, two people, a full name",
            [Attendance, "1. Forms", "[] TODO carl: update the membership form.", "[] TODO carl and dana: book the hall.", "[] TODO Carl Dunn: renew the domain.", "[] TODO \"someone should\": fix the gate."],
            ["update the membership form|carl|Carl Dunn|1|-", "book the hall|carl and dana|-|1|-", "renew the domain|Carl Dunn|Carl Dunn|1|-", "fix the gate|-|-|1|-"]
        },
        {
            "an emoji before a to-do marker and after its owner is decoration",
            [Attendance, "1. Forms", "[] \U0001F477 TODO Carl: update the membership form.", "[] \U0001F477\U0001F477  TODO YOU \U0001F440: sell the old chairs."],
            ["update the membership form|Carl|Carl Dunn|1|-", "sell the old chairs|YOU|-|1|-"]
        },
        {
            "a to-do marker closing the line with its owner inside the bracket",
            [Attendance, "1. Access", "[] Logistics: add the new chair to the mailing lists upon approval. (Todo, Carl)"],
            ["Logistics: add the new chair to the mailing lists upon approval|Carl|Carl Dunn|1|-"]
        },
        {
            "marker written after the action, with a speaker label naming the owner",
            [Attendance, "1. Grants", "EH: apply to the community fund before the summer (TODO)"],
            ["apply to the community fund before the summer|EH|Eve Hart|1|-"]
        },
        {
            "a marker opening a square bracket inside a paragraph marks what the bracket holds",
            [Attendance, "1. Hall", "The caretaker has no key. [ACTION: Carl to cut a key for the caretaker.] The fence was painted."],
            ["Carl to cut a key for the caretaker|Carl|Carl Dunn|1|-"]
        },
        {
            "the same words marked in the prose of two minutes are two actions",
            [Attendance, "1. Hall", "The gate is broken. [ACTION: Carl and Dana to look into this.]", "2. Garden",
             "The shed is damp. [ACTION: Carl and Dana to look into this.]"],
            ["Carl and Dana to look into this|Carl and Dana|-|1|-", "Carl and Dana to look into this|Carl and Dana|-|2|-"]
        },
        {
            "a passive task names its owner after 'by'; a date after 'by' is a deadline",
            [Attendance, "1. Minutes", "ACTION: Minutes to be circulated by Carl within two weeks.", "ACTION: Dana to send the report, to be approved by Friday.",
             "ACTION: Accounts to be shared by CD/DF before the next meeting.", "ACTION: New website link to be shared in the newsletter."],
            ["Minutes to be circulated by Carl within two weeks|Carl|Carl Dunn|1|-", "Dana to send the report, to be approved by Friday|Dana|Dana Ford|1|-",
             "Accounts to be shared by CD/DF before the next meeting|CD/DF|-|1|-", "New website link to be shared in the newsletter|-|-|1|-"]
        },
        {
            "owners' initials before the sentence's own subject pronoun",
            [Attendance, "1. Hall", "Action 1.2: CD/DF We should ask the school about the hall."],
            ["CD/DF We should ask the school about the hall|CD/DF|-|1|-"]
        },
        {
            "a task opening with a verb in the imperative names no owner before its 'to'",
            [Attendance, "1. Hall", "ACTION: Communicate the new rota to the volunteers once agreed.", "ACTION: Remind members to renew by Friday."],
            ["Communicate the new rota to the volunteers once agreed|-|-|1|-", "Remind members to renew by Friday|-|-|1|-"]
        },
        {
            "a lower-case owner marker closing a sentence in a bullet",
            [Attendance, "1. Hall", "[] The gate latch is broken, action Carl. The fence was painted."],
            ["The gate latch is broken|Carl|Carl Dunn|1|-"]
        },
        {
            "a carried-forward owner marker closing a paragraph",
            [Attendance, "1. Hall", "Meter readings were taken but not yet costed, c/f action Dana."],
            ["Meter readings were taken but not yet costed|Dana|Dana Ford|1|-"]
        },
        {
            "an owner marker followed by the task",
            [Attendance, "1. Hall", "Quotes for the roof are still awaited, action Eve to chase."],
            ["Eve to chase|Eve|Eve Hart|1|-"]
        },
        {
            "two closing owner markers in one paragraph",
            [Attendance, "1. Hall", "[] The caretaker has no key. Ask the caretaker about keys, action Carl. Check the insurance, action Dana."],
            ["Ask the caretaker about keys|Carl|Carl Dunn|1|-", "Check the insurance|Dana|Dana Ford|1|-"]
        },
        {
            "the word action after a comma without an owner is no marker",
            [Attendance, "1. Hall", "The audit was discussed, action deferred until spring."],
            []
        },
        {
            "action item marker with a capital I and no colon",
            [Attendance, "1. Events", "Action Item Carl to book the speaker."],
            ["Carl to book the speaker|Carl|Carl Dunn|1|-"]
        },
        {
            "a hard-wrapped action goes on to the next line",
            [Attendance, "1. Events", "Action: Carl to ask the venue whether the larger hall can be booked for\nthe autumn meeting."],
            ["Carl to ask the venue whether the larger hall can be booked for the autumn meeting|Carl|Carl Dunn|1|-"]
        },
        {
            "a new line starting with a capital after a short line is not a continuation",
            [Attendance, "1. Events", "Action: Carl to book the hall\nMembers agreed the date."],
            ["Carl to book the hall|Carl|Carl Dunn|1|-"]
        },
        {
            "an action that ends with a colon takes the list below it",
            [Attendance, "1. Issues", "Action: EH to follow up the following issues:", "[] broken gate latch", "[] missing sign"],
            ["EH to follow up the following issues: broken gate latch missing sign|EH|Eve Hart|1|-"]
        },
        {
            "a deadline on its own line below the action",
            ["Meeting held on 1 March 2024", Attendance, "1. Report", "Action 1: Dana to circulate the annual report.", "Due: 20 March 2024"],
            ["Dana to circulate the annual report|Dana|Dana Ford|1|2024-03-20"]
        },
        {
            "a deadline line without a day gives no date",
            ["Meeting held on 1 March 2024", Attendance, "1. Report", "Action 1: Dana to circulate the annual report.", "Due: April 2024"],
            ["Dana to circulate the annual report|Dana|Dana Ford|1|-"]
        },
        {
            "a qualified marker carried from an earlier meeting",
            [Attendance, "1. Matters arising", "Outstanding action from the March meeting: Carl to chase the printer."],
            ["Carl to chase the printer|Carl|Carl Dunn|1|-"]
        },
        {
            "a new-action marker",
            [Attendance, "1. Matters arising", "New action: Dana to renew the insurance."],
            ["Dana to renew the insurance|Dana|Dana Ford|1|-"]
        },
        {
            "the word action in prose is not a marker",
            [Attendance, "1. Report", "No action was needed on the report: it was noted."],
            []
        },
        {
            "an owner-only marker closing a line names the owner of the text before it",
            [Attendance, "1. Website", "[] The contact page is out of date Action: Carl", "[] The booking form needs a date field Action: All"],
            ["The contact page is out of date|Carl|Carl Dunn|1|-", "The booking form needs a date field|All|-|1|-"]
        },
        {
            "a heading or a status word after a closing marker is not an action",
            [Attendance, "# Plan of Action: Phases", "1. Website", "The new page layout was reviewed Action: Approved"],
            []
        },
        {
            "a marker that closes its action gives only who and by when; the task is the text before it",
            ["Meeting held on 1 March 2024", Attendance, "1. Website",
             "Renew the domain. Action: Carl by 10 Mar Update the home page. Action: Secretary, by 15 March"],
            ["Renew the domain|Carl|Carl Dunn|1|2024-03-10", "Update the home page|Secretary|Beth Lowe|1|2024-03-15"]
        },
        {
            "a marker before the task, with who and by when after it",
            ["Meeting held on 1 March 2024", Attendance, "1. Website", "Action: Renew the domain. Carl Dunn by 10 Mar"],
            ["Renew the domain|Carl Dunn|Carl Dunn|1|2024-03-10"]
        },
        {
            "a deadline without a day gives no due date",
            ["Meeting held on 1 March 2024", Attendance, "1. Website", "[] Review the hosting costs. Action: Dana and Eve, by end March"],
            ["Review the hosting costs|Dana and Eve|-|1|-"]
        },
        {
            "motion and second lines are not actions",
            [Attendance, "1. Budget", "Motion: to approve the budget.", "Second: Beth Lowe. Carried."],
            []
        },
    };

    public static TheoryData<string, string[], string[]> Lists() => new()
    {
        {
            "a tasks label with a remark in brackets over bulleted tasks",
            [Attendance, "1. Project", "Discussed.", "Tasks (to be shared out next week):", "[] Make contact with the client", "[] Draft a paper prototype"],
            ["Make contact with the client|-|-|1|-", "Draft a paper prototype|-|-|1|-"]
        },
        {
            "list entries opening with the owner glued to a dash",
            [Attendance, "1. Release", "Discussed.", "## Action Items", "[] Carl- draft the notes. IN PROGRESS", "[] Dana (with Eve)- book the room DONE"],
            ["draft the notes. IN PROGRESS|Carl|Carl Dunn|1|-", "book the room DONE|Dana (with Eve)|Dana Ford|1|-"]
        },
        {
            "list entries opening with the owner and a colon",
            [Attendance, "1. Release", "Discussed.", "## Action Items", "[] Carl Dunn: draft the notes", "[] Topic only without owner"],
            ["draft the notes|Carl Dunn|Carl Dunn|1|-", "Topic only without owner|-|-|1|-"]
        },
        {
            "an actions line standing alone above a numbered list",
            [Attendance, "1. Standards", "Discussed.", "Actions", "[1.] Agree the letter to members.", "[2.] EH to draft the letter."],
            ["Agree the letter to members|-|-|1|-", "EH to draft the letter|EH|Eve Hart|1|-"]
        },
        {
            "a label line inside a paragraph above a list numbered from 1",
            [Attendance, "1. Standards", "Previous actions:\n1. Carl to renew the domain.\n2. Dana to move the mailing list.\nOther notes: none."],
            ["Carl to renew the domain|Carl|Carl Dunn|1|-", "Dana to move the mailing list|Dana|Dana Ford|1|-"]
        },
        {
            "a label paragraph above a list numbered from 1",
            [Attendance, "1. Standards", "Actions arising:", "[1.] Carl to renew the domain.", "[2.] Dana to move the mailing list."],
            ["Carl to renew the domain|Carl|Carl Dunn|1|-", "Dana to move the mailing list|Dana|Dana Ford|1|-"]
        },
        {
            "a minute number below an actions label goes on with the minutes",
            [Attendance, "4. Standards", "Actions:", "[5.] Finance", "The accounts were approved."],
            []
        },
        {
            "a list entry opening with its own marker is read once, without the marker",
            [Attendance, "1. Website", "Actions", "[] Action Carl: renew the domain. Then tell the members.", "[] Action Dana: move the mailing list."],
            ["renew the domain. Then tell the members|Carl|Carl Dunn|1|-", "move the mailing list|Dana|Dana Ford|1|-"]
        },
        {
            "an actions line above a numbered table",
            [Attendance, "1. Standards", "Actions", "|1.|Agree the letter to members.\n|2.|EH to draft the letter."],
            ["Agree the letter to members|-|-|1|-", "EH to draft the letter|EH|Eve Hart|1|-"]
        },
        {
            "the list under an actions line ends at the first unnumbered paragraph",
            [Attendance, "1. Standards", "Actions", "[1.] EH to draft the letter.", "Decisions", "[1.] The board endorsed the approach."],
            ["EH to draft the letter|EH|Eve Hart|1|-"]
        },
        {
            "a review of open action items heading owns its list",
            [Attendance, "1. Minutes", "Approved.", "## 2. Review of open action items", "[a.] Carl to book the hall.", "[b.] Dana to pay the deposit."],
            ["Carl to book the hall|Carl|Carl Dunn|2|-", "Dana to pay the deposit|Dana|Dana Ford|2|-"]
        },
        {
            "a heading of the actions agreed at the previous meeting owns its numbered list, a progress note under each entry",
            [Attendance, "# 4 Minutes", "Approved.", "# 5 ACTIONS AGREED AT THE PREVIOUS MEETING", "Members reported back on the actions.",
             "1. Carl to book the hall.", "No action taken.", "2. The Secretary had been asked to write to the school.", "A reply was awaited.",
             "3. Dana would be taking photographs of the garden.", "# 6 Date of next meeting"],
            ["Carl to book the hall|Carl|Carl Dunn|5|-", "The Secretary had been asked to write to the school|Secretary|Beth Lowe|5|-",
             "Dana would be taking photographs of the garden|Dana|Dana Ford|5|-"]
        },
        {
            "a sentence introducing the agreed action items owns the bullets below it",
            [Attendance, "1. Budget", "The budget was discussed. The following action items were agreed:", "[] Carl to draft the budget", "[] Dana to book the hall",
             "2. Hall", "The hall was discussed."],
            ["Carl to draft the budget|Carl|Carl Dunn|1|-", "Dana to book the hall|Dana|Dana Ford|1|-"]
        },
        {
            "a sentence introducing a numbered list of actions owns it",
            [Attendance, "1. Budget", "Actions from this meeting are:", "[1.] Carl to draft the budget.", "[2.] Dana to book the hall."],
            ["Carl to draft the budget|Carl|Carl Dunn|1|-", "Dana to book the hall|Dana|Dana Ford|1|-"]
        },
        {
            "a sentence introducing the tasks completed is a progress report, not an action list",
            [Attendance, "1. Progress", "Tasks completed:", "[] Carl's tasks done", "[] Dana's tasks done"],
            []
        },
        {
            "a sentence introducing topics discussed is not an action list",
            [Attendance, "1. Budget", "The following next steps were discussed:", "[] the budget for the spring", "[] the hall booking"],
            []
        },
        {
            "a marker or next-steps label over nothing sets no task",
            [Attendance, "**Budget:**", "[] Summary: the budget was discussed.", "[] Next Steps: N/A", "[] Action Items: None",
             "**Hall:**", "[] Action Items: Carl to book the hall."],
            ["Carl to book the hall|Carl|Carl Dunn|-|-"]
        },
        {
            "an action-agreed heading over numbered entries gives one action each, with the note under it",
            [Attendance, "1. Survey provider", "The provider reported a breach.", "# ACTION AGREED:", "(i) End the contract at the earliest opportunity.",
             "A free form tool could be used instead.", "(ii) Ask the provider to delete all data from its backups.", "(b) Informing members.", "Noted."],
            ["End the contract at the earliest opportunity. A free form tool could be used instead|-|-|1|-", "Ask the provider to delete all data from its backups|-|-|1|-"]
        },
        {
            "an AIs heading owns the bullets below it",
            [Attendance, "1. Release", "Discussed.", "# AIs", "[] Carl to draft the notes", "[] Dana to book the room"],
            ["Carl to draft the notes|Carl|Carl Dunn|1|-", "Dana to book the room|Dana|Dana Ford|1|-"]
        },
        {
            "an action items heading with a colon owns its list",
            [Attendance, "1. Release", "Discussed.", "## Action Items:", "[] Carl to draft the notes", "[] Dana to book the room"],
            ["Carl to draft the notes|Carl|Carl Dunn|1|-", "Dana to book the room|Dana|Dana Ford|1|-"]
        },
        {
            "an agenda's 'Action Items' category minuted as business done holds no tasks",
            [Attendance, "1. Welcome", "## 2. Action Items:", "a) The minutes of the last meeting were reviewed and a motion to approve carried.",
             "b) The treasurer presented the accounts.", "## 3. Information Items", "a) The roof repair is finished."],
            []
        },
        {
            "a numbered 'Action Items' heading over tasks keeps them",
            [Attendance, "1. Welcome", "## 2. Action Items:", "a) Carl to draft the notes.", "b) Dana to book the room.", "## 3. Close"],
            ["Carl to draft the notes|Carl|Carl Dunn|2|-", "Dana to book the room|Dana|Dana Ford|2|-"]
        },
        {
            "an actions label over owners' names, each heading that owner's tasks as bullets",
            [Attendance, "1. Release", "Discussed.", "ACTIONS:", "Carl", "[] Draft the notes 2h", "[] Book the room", "Dana", "[] Print the flyers",
             "NEXT MEETING:", "Friday."],
            ["Draft the notes 2h|Carl|Carl Dunn|1|-", "Book the room|Carl|Carl Dunn|1|-", "Print the flyers|Dana|Dana Ford|1|-"]
        },
        {
            "a list of earlier actions kept as a task list with ticked and open boxes",
            [Attendance, "1. Release", "Discussed.", "## Previous action items", "[] [X] Carl to draft the notes", "[] [ ] Dana to book the room", "## 2. Close"],
            ["Carl to draft the notes|Carl|Carl Dunn|1|-", "Dana to book the room|Dana|Dana Ford|1|-"]
        },
        {
            "task lines set apart from their owners' codes in square brackets, a line going on without a code",
            [Attendance, "1. Outstanding actions", "|[CD]|Draft the notes\n| |and send them round.\n|[Dana]|Book the room.", "2. Close"],
            ["Draft the notes and send them round|CD|Carl Dunn|1|-", "Book the room|Dana|Dana Ford|1|-"]
        },
        {
            "an action repeated in a summary at the end is labelled once",
            [Attendance, "1. Hall", "Action: Carl to book the hall for the spring fair.", "# Summary of actions arising", "[] Carl: book the hall for the spring fair"],
            ["Carl to book the hall for the spring fair|Carl|Carl Dunn|1|-"]
        },
        {
            "an action restated at more length in a log at the end is labelled once, where it first appears",
            [Attendance, "1. Hall", "Action: CD to follow up the caretaker's email", "# Action list", "|No|Action|Owner\n|1|CD to follow up the caretaker's email about the heating|CD"],
            ["CD to follow up the caretaker's email|CD|Carl Dunn|1|-"]
        },
        {
            "a lettered list of open actions under a review heading, each with its status; the minutes' numbering ends it",
            [Attendance, "3. Review of open action items", "a. Carl to renew the domain\nContinued.\nb. Dana to book the hall. Completed.",
             "4. Budget", "The budget was agreed."],
            ["Carl to renew the domain|Carl|Carl Dunn|3|-", "Dana to book the hall. Completed|Dana|Dana Ford|3|-"]
        },
    };

    public static TheoryData<string, string[], string[]> Tables() => new()
    {
        {
            "a numbered issue table whose action column was left empty sets each issue to the members against it",
            [Attendance, "|No.|Issue|Discussion|Action|Member|Deadline\n|1|Draft the volunteer policy|||Carl, Dana|\n|2|Cost the new banner|Two quotes||Eve|11/8/2022\n|3|Book the hall|Booked|Hall booked for May||"],
            ["Draft the volunteer policy|Carl, Dana|-|1|-", "Cost the new banner|Eve|Eve Hart|2|2022-08-11", "Hall booked for May|-|-|3|-"]
        },
        {
            "a table of names and the tasks each takes on for the coming week",
            [Attendance, "1. Progress", "|Name|Tasks worked on in the past week\n|Carl Dunn|Wrote the survey", "2. Goals",
             "|Name|Tasks that will be worked on in the coming week\n|Carl Dunn|Send the survey out\n|Dana Ford|Count the replies"],
            ["Send the survey out|Carl Dunn|Carl Dunn|2|-", "Count the replies|Dana Ford|Dana Ford|2|-"]
        },
        {
            "an agenda table with an action column: procedural rows and the close with nobody to act are no tasks",
            [Attendance, "|Agenda Item|Action By|Date Due\n|1. Team purpose⏎Form the team and read the unit outline|All|02/08/17\n|2. Minutes||02/08/17\n|3. General Business||02/08/17\n|4. Closure||02/08/17\n|Meeting closed at 4pm||"],
            ["Form the team and read the unit outline|All|-|-|2017-08-02"]
        },
        {
            "a responsible column headed with a slash",
            [Attendance, "1. Log", "|Date opened|Action item|Person/committee responsible|Status\n|01.02.24|Draft the volunteer policy|Carl Dunn|Open\n|01.02.24|Price the new banner|Dana Ford|Closed"],
            ["Draft the volunteer policy|Carl Dunn|Carl Dunn|1|-", "Price the new banner|Dana Ford|Dana Ford|1|-"]
        },
        {
            "several tasks in one cell, one per line, each with its owner on the matching line",
            [Attendance, "1. Log", "|No|Action|Owner\n|07.24.04|Draft the volunteer policy⏎Price the new banner|CD⏎EH"],
            ["Draft the volunteer policy|CD|Carl Dunn|07.24.04|-", "Price the new banner|EH|Eve Hart|07.24.04|-"]
        },
        {
            "a task wrapped over two lines with one owner stays one action",
            [Attendance, "1. Log", "|No|Action|Owner\n|07.24.04|Draft the volunteer policy and⏎circulate it to members|CD"],
            ["Draft the volunteer policy and circulate it to members|CD|Carl Dunn|07.24.04|-"]
        },
        {
            "an agenda table with a presenter column is not an action log",
            [Attendance, "|Item|Description|Lead\n|1|Welcome and update|AG\n|2|Finance report|DF"],
            []
        },
        {
            "an unheaded task column beside responsible person and due date columns under an actions title",
            [Attendance, "1. Progress", "The plans were discussed.", "# ACTIONS", "| |Responsible Person|Due Date\n|Book the hall|Carl Dunn|N/A\n|Draft the newsletter|All|06/08/20"],
            ["Book the hall|Carl Dunn|Carl Dunn|1|-", "Draft the newsletter|All|-|1|2020-08-06"]
        },
        {
            "a task column headed Item beside by whom and by when, with the reference first",
            [Attendance, "1. Minutes", "|Item|By whom|By when\n|12/2024 Send the signed minutes to the website|Treasurer|asap"],
            ["Send the signed minutes to the website|Treasurer|Dana Ford|12/2024|-"]
        },
        {
            "a task column headed Item beside a responsible column, no deadline column, entries written as sentences",
            [Attendance, "1. Premises", "The lease was discussed.", "# Actions", "|Item|Responsible\n|Carl to ask the landlord about the lease terms.|Carl Dunn\n|Eve to price a new lock for the front door.|Eve Hart"],
            ["Carl to ask the landlord about the lease terms|Carl Dunn|Carl Dunn|1|-", "Eve to price a new lock for the front door|Eve Hart|Eve Hart|1|-"]
        },
        {
            "an agenda table of short titles beside a responsible column is not an action log",
            [Attendance, "|Item|Responsible\n|Welcome|Chair\n|Finance report|Treasurer\n|Any other business|Chair"],
            []
        },
        {
            "an actionables header row part-way down a meeting table starts the task rows",
            [Attendance, "1. Log", "|Date|4 May\n|Agenda|Discussion\n|Budget|Agreed the spend\n|Actionables|Assignee\n|Order the parts|Carl\n|Book the room|Everyone"],
            ["Order the parts|Carl|Carl Dunn|1|-", "Book the room|Everyone|-|1|-"]
        },
        {
            "a status in the owner column is not an owner",
            [Attendance, "1. Log", "|Action|Owner\n|Renew the insurance|Ongoing"],
            ["Renew the insurance|-|-|1|-"]
        },
        {
            "a template's placeholder row with n/a as owner is not a task",
            [Attendance, "1. Tasks", "|Task description|Assigned to\n|This section does not apply to the first meeting|n/a\n|Set up the shared drive|Carl"],
            ["Set up the shared drive|Carl|Carl Dunn|1|-"]
        },
        {
            "a margin of statuses beside agenda rows gives no actions",
            [Attendance, "|1|To receive any apologies and welcome visitors to the meeting of the governing board this term|None\n|2|To agree the minutes of the last meeting of the governing board held in the spring term|None"],
            []
        },
        {
            "slashes in the task text do not swap the columns",
            [Attendance, "1. Log", "|Action|Owner\n|Check the gate/fence and report the repairs needed|CD/EH\n|Arrange first-aid/awareness training for volunteers|EH"],
            ["Check the gate/fence and report the repairs needed|CD/EH|-|1|-", "Arrange first-aid/awareness training for volunteers|EH|Eve Hart|1|-"]
        },
        {
            "an action column whose entries name their own owners, beside numbered discussion points; an entry naming nobody is a note",
            [Attendance, "|Discussion point|Notes|Actions: Responsible\n|1. Budget|1. Spend reviewed⏎2. Reserves agreed|1. Carl to price the banner⏎2. Dana & Eve to book the hall\n|2. Website|1. Old pages removed|1. Eve to renew the domain\n|3. Newsletter|Not reached|Agenda skipped"],
            ["Carl to price the banner|Carl|Carl Dunn|1|-", "Dana & Eve to book the hall|Dana & Eve|-|1|-", "Eve to renew the domain|Eve|Eve Hart|2|-"]
        },
        {
            "header cells run together in PDF text still head the task and the owner; the neighbouring values are split off",
            [Attendance, "1. Outstanding actions", "|Date|Number Action|Owner Target date\n|01/02/2024|027 Draft the volunteer policy|CD 31/12/2024\n|01/02/2024|031 Price the new banner|EH Ongoing"],
            ["Draft the volunteer policy|CD|Carl Dunn|1|2024-12-31", "Price the new banner|EH|Eve Hart|1|-"]
        },
        {
            "a numbered log continued past a page break without its header; a row numbered as a marked action restates it and names its owner",
            [Attendance, "1. House", "ACTION 043: Cleaner required for the hall.", "2. Outstanding actions",
             "|Date|Number Action|Owner Target date\n|01/02/2024|027 Draft the volunteer policy|CD 31/12/2024", "Terms of reference.",
             "|02/03/2024 039|Price the new banner for the fair|EH|Next meeting\n|02/03/2024 043|Hall cleaner needed|CD|Next meeting"],
            ["Cleaner required for the hall|CD|Carl Dunn|1|-", "Draft the volunteer policy|CD|Carl Dunn|2|2024-12-31", "Price the new banner for the fair|EH|Eve Hart|2|-"]
        },
        {
            "a headerless table under another section is no continuation of a log",
            [Attendance, "1. Log", "|Action|Owner\n|Renew the insurance|CD", "# 2. Hall hire", "|Monday 4 May|Yoga class in the hall|EH\n|Tuesday 5 May|Choir practice in the hall|CD"],
            ["Renew the insurance|CD|Carl Dunn|1|-"]
        },
        {
            "a decision table's outcome with nobody responsible is no task",
            [Attendance, "1. Finance", "|Moved/Seconded|Outcome|Action|Person responsible|Carried forward/resolved\n|CD/EH|Motion passed|Accounts accepted||Resolved\n|CD/EH|Carried|Ask the hall about Easter dates|CD|Carried forward"],
            ["Ask the hall about Easter dates|CD|Carl Dunn|1|-"]
        },
        {
            "a log citing a minute without the series prefix the minutes print names that item",
            [Attendance, "BM 12/2024 Minutes of the last meeting", "The minutes were agreed.", "BM 13/2024 Finance", "|Item|By whom|By when\n|12/2024 Send the signed minutes to the website|Treasurer|asap"],
            ["Send the signed minutes to the website|Treasurer|Dana Ford|BM 12/2024|-"]
        },
        {
            "a minute reference opening a row beside an owner column is the reference the action cites",
            [Attendance, "1. Previous actions", "|05.24.07 CD to check the insurance for the defibrillator|CD\n|05.24.10 EH to move the account to the new bank|EH"],
            ["CD to check the insurance for the defibrillator|CD|Carl Dunn|05.24.07|-", "EH to move the account to the new bank|EH|Eve Hart|05.24.10|-"]
        },
        {
            "a log continued past a page break with each minute reference in a cell of its own: the action cites that minute",
            [Attendance, "1. Previous actions", "|Ref|Action|Owner\n|05.24.03|Renew the domain for the club website|CD",
             "|05.24.07|Check the insurance for the defibrillator|CD\n|05.24.10|Move the account to the new bank|EH"],
            ["Renew the domain for the club website|CD|Carl Dunn|05.24.03|-", "Check the insurance for the defibrillator|CD|Carl Dunn|05.24.07|-", "Move the account to the new bank|EH|Eve Hart|05.24.10|-"]
        },
        {
            "an owner column's lines joined into one (several owners' initials) still marks the row beside it",
            [Attendance, "1. Previous actions", "|Carl to renew the domain for the club website|CD EH\n|The hall has been booked for the summer fair and the hire agreement was signed; the deposit is paid and the keys will be collected on the morning of the fair|EH"],
            ["Carl to renew the domain for the club website|CD EH|-|1|-", "The hall has been booked for the summer fair and the hire agreement was signed; the deposit is paid and the keys will be collected on the morning of the fair|EH|Eve Hart|1|-"]
        },
        {
            "a deadline in a due column that has passed is still the deadline (an overdue action carried forward)",
            ["Minutes of the meeting held on 8 January 2024", Attendance, "1. Log", "|Action|Owner|Due\n|Renew the insurance|CD|31/12/2023"],
            ["Renew the insurance|CD|Carl Dunn|1|2023-12-31"]
        },
    };

    public static TheoryData<string, string[], string[]> Owners() => new()
    {
        {
            "names set after a spaced dash own the task before them; a status after them is no owner",
            [Attendance, "1. Hall", "[] Action Item: Order the banners - Carl", "[] Action Item: Paint the fence - Carl / Zoe - quote due Wed.", "[] Action Item: Sweep the hall - Eve, Yan B."],
            ["Order the banners - Carl|Carl|Carl Dunn|1|-", "Paint the fence - Carl / Zoe - quote due Wed|Carl / Zoe|-|1|-", "Sweep the hall - Eve, Yan B|Eve, Yan B|-|1|-"]
        },
        {
            "a place or status after a spaced dash is no owner, nor a task 'to be done'",
            [Attendance, "1. Hall", "[] Action Item: Book the room - Town Hall", "[] Action Item: Grass cutting to be done - done"],
            ["Book the room - Town Hall|-|-|1|-", "Grass cutting to be done - done|-|-|1|-"]
        },
        {
            "a first name with the surname's initial glued on",
            [Attendance, "1. Grants", "Action: DanaF to submit the grant request."],
            ["DanaF to submit the grant request|DanaF|Dana Ford|1|-"]
        },
        {
            "a first name and the surname's initial",
            [Attendance, "1. Grants", "Action: Eve H to submit the grant request."],
            ["Eve H to submit the grant request|Eve H|Eve Hart|1|-"]
        },
        {
            "initials before a dash",
            [Attendance, "1. Grants", "Action: EH – submit the grant request."],
            ["EH – submit the grant request|EH|Eve Hart|1|-"]
        },
        {
            "initials straight before the verb",
            [Attendance, "1. Accounts", "Action: CD raise the query with the auditors."],
            ["CD raise the query with the auditors|CD|Carl Dunn|1|-"]
        },
        {
            "an imperative action names no owner",
            [Attendance, "1. Policy", "Action: Provide draft changes to the policy."],
            ["Provide draft changes to the policy|-|-|1|-"]
        },
        {
            "an owner after an opening clause",
            [Attendance, "1. Data", "Action: Upon receipt of the schema, CD to check the field names."],
            ["Upon receipt of the schema, CD to check the field names|CD|Carl Dunn|1|-"]
        },
        {
            "an owner in brackets at the end",
            [Attendance, "1. Data", "Action: Confirm whether the plan is public (Dana Ford)."],
            ["Confirm whether the plan is public (Dana Ford)|Dana Ford|Dana Ford|1|-"]
        },
        {
            "a topic before a dash and then the owner",
            [Attendance, "1. Bank", "TODO: Bank mandate - CD needs to sign the form."],
            ["Bank mandate - CD needs to sign the form|CD|Carl Dunn|1|-"]
        },
        {
            "a role written short resolves through the attendance",
            [Attendance, "1. Accounts", "Action: Treas to pay the invoice."],
            ["Treas to pay the invoice|Treas|Dana Ford|1|-"]
        },
        {
            "a shortened first name resolves through the attendance",
            ["Present: Christopher Hale, Dana Ford", "1. Room", "Action: Chris to book the room."],
            ["Chris to book the room|Chris|Christopher Hale|1|-"]
        },
        {
            "initials introduced in the text after a name resolve the owner",
            ["Present: Jo Mills, Jack Moor, Dana Ford", "1. Data", "Jack Moor (JM) described the data feed.", "Action: JM to send the schema."],
            ["JM to send the schema|JM|Jack Moor|1|-"]
        },
        {
            "initials two attendees share are not resolved",
            ["Present: Jo Mills, Jack Moor, Dana Ford", "1. Data", "Action: JM to send the schema."],
            ["JM to send the schema|JM|-|1|-"]
        },
        {
            "initials the list gives to two people are not resolved from a name",
            ["Present: Rob Sands (RS), Rita Shaw (RS), Dana Ford", "1. Bank", "Action: RS to call the bank."],
            ["RS to call the bank|RS|-|1|-"]
        },
        {
            "an attendee's first name straight before the verb",
            [Attendance, "1. Lists", "Action: Carl delete the inactive lists every six months."],
            ["Carl delete the inactive lists every six months|Carl|Carl Dunn|1|-"]
        },
        {
            "an attendee's first name before a verb followed by 'to'",
            [Attendance, "1. Lists", "Action: Dana talks to the host about the lists."],
            ["Dana talks to the host about the lists|Dana|Dana Ford|1|-"]
        },
        {
            "an attendee's handle in lower case before the verb",
            [Attendance, "1. Lists", "ACTION: eve open an issue for the broken link"],
            ["eve open an issue for the broken link|eve|Eve Hart|1|-"]
        },
        {
            "a first word that is no attendee's first name is no owner",
            [Attendance, "1. Lists", "Action: Mentors approve the final list."],
            ["Mentors approve the final list|-|-|1|-"]
        },
        {
            "a report in the past after a first name names no owner",
            [Attendance, "1. Lists", "Action: Carl spoke with the host about the lists."],
            ["Carl spoke with the host about the lists|-|-|1|-"]
        },
        {
            "an 'action item' marker is no owner",
            [Attendance, "1. Lists", "ACTION ITEM: Carl will post a comment on the issue."],
            ["Carl will post a comment on the issue|Carl|Carl Dunn|1|-"]
        },
        {
            "a group owner is not resolved",
            [Attendance, "1. Plan", "Action: Board members to read the plan."],
            ["Board members to read the plan|Board members|-|1|-"]
        },
    };

    [Theory]
    [MemberData(nameof(Markers))]
    [MemberData(nameof(Lists))]
    [MemberData(nameof(Tables))]
    [MemberData(nameof(Owners))]
    public void Records_actions_by_convention(string name, string[] blocks, string[] expected)
    {
        var actions = RecordText.Actions(Parse(blocks));
        Assert.True(expected.SequenceEqual(actions), $"{name}: got [{string.Join("; ", actions)}]");
    }
}
