using static MinutesIngest.Core.Tests.Parsing.BlockSpec;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>
/// Numbering conventions many bodies use, each in the block shapes it comes in (paragraphs, headings, rendered lists,
/// table cells), over invented minutes: which entries become items and with which number.
/// </summary>
public sealed class ItemConventionTests
{
    public static TheoryData<string, string[], string[]> Conventions() => new()
    {
        {
            "roman-numbered steps under a lettered motion are no items; roman-numbered reports under a lettered heading are",
            ["# Council minutes", "## 1) Motions", "### a. Motion to approve the budget", "i. Seconded by Ann Lee", "ii. Motion passes",
             "### b. Bob Ray moves to adopt the bylaws", "i. Seconded by Cy Dee", "## 2) Reports", "### a) Trips", "i) Ann Lee (winter), no report;",
             "ii) Bob Ray (summer), twelve trips ran."],
            ["1", "1.a", "1.b", "2", "2.a", "2.a.i", "2.a.ii"]
        },
        {
            "a numbered summary of the actions at the end, each opened by its marker, numbers actions, not items",
            ["# Subcommittee report", "## Hall", "ACTION: AL to book the hall.", "## Flyers", "ACTION: BR to order the flyers.", "## Summary of actions",
             "[1.] ACTION: AL to book the hall.", "[2.] ACTION: BR to order the flyers."],
            []
        },
        {
            "numbered minute paragraphs that record actions and decisions as they are taken are sub-items",
            ["# Board meeting", "1. Finances", "1.1 Action: AL to get a monthly report.", "1.2 Action: BR to draft the budget.", "1.3 Decision: The reserve stays.",
             "2. Any other business"],
            ["1", "1.1", "1.2", "1.3", "2"]
        },
        {
            "an annex after the minutes repeats the agenda in roman numerals: no items of the meeting",
            ["# Minutes of the committee", "## 1) Opening", "The chair opened the meeting.", "## 2) Decisions", "a. Budget", "The budget was agreed.",
             "b. Next meeting", "The next meeting will be online.", "# ANNEX 1 - AGENDA", "I. Welcome", "II. Decisions", "a. Budget", "b. Next meeting"],
            ["1", "2", "2.a", "2.b"]
        },
        {
            "minutes published as an appendix to a papers pack still have their items",
            ["# Appendix B", "Minutes of the committee meeting", "1. Apologies", "None.", "2. Budget", "The budget was agreed."],
            ["1", "2"]
        },
        {
            "a list introduced by a colon under a numbered heading counts past the next heading's number and stays the item's text",
            ["# Minutes of the committee", "## 1) Opening", "The chair opened the meeting.", "## 2) Topics", "The groups met on the topics listed here after:",
             "1. Alpha", "2. Beta", "3. Gamma", "4. Delta", "5. Epsilon", "6. Zeta", "## 3) Any other business", "None was raised."],
            ["1", "2", "3"]
        },
        {
            "a table of contents with dotted leaders over the sections it lists is read once, at the sections",
            ["# Minutes of the first committee meeting", "## 1) Opening..............................2", "## 2) Decisions............................2",
             "a. Election of the chair..................................2", "b. Work plan..................................3",
             "## 1) Opening", "The chair opened the meeting.", "## 2) Decisions", "a. Election of the chair", "Ann Lee was elected.", "b. Work plan",
             "The plan was agreed."],
            ["1", "2", "2.a", "2.b"]
        },
        {
            "numbered paragraphs restarting under a numbered heading stay its sub-items past the heading's next number",
            ["# Minutes of the annual meeting", "### 1. Quorum", "Twelve members were present.", "### 2. Proceedings",
             "1. The chair opened the meeting.\n2. The secretary presented the report.\n3. The treasurer presented the accounts.\n4. Two resolutions were adopted.",
             "5. The meeting closed with thanks."],
            ["1", "2", "2.1", "2.2", "2.3", "2.4", "2.5"]
        },
        {
            "a numbered heading after a restarted run of paragraphs is the next item",
            ["# Minutes of the annual meeting", "### 1. Quorum", "Twelve members were present.", "### 2. Proceedings",
             "1. The chair opened the meeting.\n2. The secretary presented the report.", "### 3. Elections", "The committee was re-elected."],
            ["1", "2", "2.1", "2.2", "3"]
        },
        {
            "an agenda table's column of minutes into the meeting gives timings, not item numbers",
            ["# Group call", "## Agenda", "|Min|Agenda Topics|Moderator\n|0|Welcome and approve previous minutes|Ann\n|5|Pending action items|Ann\n|10|Budget|Bob\n|15|AOB| |",
             "## Minutes", "The budget was agreed."],
            []
        },
        {
            "a compact numbered list under an agenda label, then the minutes numbered from 1 again in other words: the minutes' numbers are the items",
            ["# General Assembly", "### Agenda:", "1. Opening", "2. Appointment of the chair", "3. Report of the board", "4. Budget",
             "Present: Ann Lee, Bob Ray, Cy Dee", "1) Ann Lee was appointed chair.", "2) Bob Ray took the notes.",
             "3) The board reported a good year. The members asked about fees.", "4) The budget was approved."],
            ["1", "2", "3", "4"]
        },
        {
            "a compact numbered list under an agenda label, then a heading over points numbered from 1 again: the agenda entries are the items",
            ["# Team meeting", "## Agenda items", "[1.] Set up the shared folder", "[2.] Agree the goal", "[3.] Make a task list", "## Summary",
             "[1.] The folder is shared.", "[2.] The goal is a walking robot.", "[3.] Tasks were allocated."],
            ["1", "2", "3", "1", "2", "3"]
        },
        {
            "lettered entries minuting votes under an agenda's 'Action Items' category are sub-items",
            ["1. Welcome: opened.", "## 2. Action Items:", "a) The minutes were reviewed and a motion to approve carried.",
             "b) The treasurer presented the accounts.", "## 3. Information Items:", "a) The roof repair is finished."],
            ["1", "2", "2.a", "2.b", "3", "3.a"]
        },
        {
            "lettered tasks under 'Action Items' are actions, not sub-items",
            ["1. Welcome: opened.", "## 2. Action Items:", "a) Carl to draft the notes.", "b) Dana to book the room.", "## 3. Close"],
            ["1", "2", "3"]
        },
        {
            "clauses of one sentence, each in lower case and closed by a semicolon, are the item's text, rendered or typed",
            ["[1.] Planning", ">[1.1] 24/0031 – Garage conversion, 3 Elm Row", "The council supported it subject to the following conditions:",
             "[1.] the hedge is kept;", "[2.] no window faces the lane; and", "[3.] work stops by 6pm.", ">[1.2] 24/0040 – Porch, 8 Oak Lane",
             "Supported subject to:", "(a) matching bricks;", "(b) a soakaway for the roof.", "[2.] Finance"],
            ["1", "1.1", "1.2", "2"]
        },
        {
            "a contents entry for the summary a minute-taking tool appends is no item",
            ["## Contents", "[1.] Welcome", "[2.] Budget", "[3.] Summary of action items", "[4.] Summary of resolutions", "## Welcome", "Hello.",
             "## Budget", "Agreed.", "## Summary of action items", "Carl to send the figures."],
            ["1", "2"]
        },
        {
            "running minute numbers in four digits, continued from earlier meetings",
            ["Present: Cllrs Abbot and Bexley.", "2659. Police report: none received.", "2660. Public forum: nobody spoke.", "2661. Apologies: none."],
            ["2659", "2660", "2661"]
        },
        {
            "running minute numbers in three digits",
            ["456. Apologies", "None.", "457. Minutes", "Approved.", "458. Finance", "Noted."],
            ["456", "457", "458"]
        },
        {
            "a high number that nothing continues is not an item, nor is a year",
            ["2019. The year closed with a surplus.", "350. Trees were planted.", "1. Apologies", "None.", "2. Minutes", "Approved."],
            ["1", "2"]
        },
        {
            "a decimal list of proposals inside a roman item, the roman numbering going on after it",
            ["I. Call to order", "Opened at 7 pm.", "II. Bylaws", "Proposed changes:", "1. Move the office", "2. Add a delegate", "III. New business", "None.", "IV. Adjourn"],
            ["I", "II", "III", "IV"]
        },
        {
            "committee references in paragraphs",
            ["FIC/23/112 Apologies", "None.", "FIC/23/113 Minutes", "Approved.", "FIC/23/114 Budget", "Noted."],
            ["FIC/23/112", "FIC/23/113", "FIC/23/114"]
        },
        {
            "committee references as headings",
            ["# PB(3)1 Welcome", "The chair welcomed members.", "# PB(3)2 Data sharing", "Discussed.", "# PB(3)3 open data portal", "Noted."],
            ["PB(3)1", "PB(3)2", "PB(3)3"]
        },
        {
            "committee references in their own table cell",
            ["|GB 12/2024|Apologies|None\n|GB 13/2024|Minutes|Approved\n|GB 14/2024|Finance|Noted"],
            ["GB 12/2024", "GB 13/2024", "GB 14/2024"]
        },
        {
            "a reference agenda coming back as sections, one entry never coming back",
            ["GB 12/2024 Apologies", "GB 13/2024 Minutes", "GB 14/2024 Finance", "GB 15/2024 Close", "Minutes of the meeting",
             "GB 12/2024 Apologies", "None received.", "GB 13/2024 Minutes", "Approved.", "GB 14/2024 Finance", "The balance was noted."],
            ["GB 15/2024", "GB 12/2024", "GB 13/2024", "GB 14/2024"]     // in document order: the agenda entry where the agenda lists it
        },
        {
            "initials before a date in an action table are not references",
            ["1. Apologies", "None.", "2. Close", "Closed.", "|JS 31/12/2024 Order the new signs|Open"],
            ["1", "2"]
        },
        {
            "a colon-introduced list under minute references is the item's text",
            ["GB 12/2024 Apologies", "None.", "GB 13/2024 Strategy", "The three aims were agreed:", "1) Open the hall on Sundays",
             "2) Repaint the fence", "3) Plant new trees", "GB 14/2024 Close", "Closed."],
            ["GB 12/2024", "GB 13/2024", "GB 14/2024"]
        },
        {
            "a lone version number heading is not an agenda",
            ["# Tech team meeting", "## Attendees", "- Ann Quill", "## 3.0.1 release", "The branch was cut."],
            []
        },
        {
            "a lone first item is an agenda of one",
            ["# Tech team meeting", "1. Release planning", "The branch was cut."],
            ["1"]
        },
        {
            "a lone running minute number stands alone",
            ["# Planning committee", "23/045 Land at the mill", "Refused."],
            ["23/045"]
        },
        {
            "parenthesised numbers",
            ["(1) Apologies", "None.", "(2) Minutes", "Approved.", "(3) Close", "Closed."],
            ["1", "2", "3"]
        },
        {
            "zero-padded numbers kept as printed",
            ["01 Apologies", "None.", "02 Minutes", "Approved.", "03 Close", "Closed."],
            ["01", "02", "03"]
        },
        {
            "numbers with a letter part in sequence",
            ["1. Apologies", "None.", "2. Planning", "Noted.", "2A Extension at the mill", "Supported.", "3. Close", "Closed."],
            ["1", "2", "2A", "3"]
        },
        {
            "a number with a letter part out of sequence is prose",
            ["1. Apologies", "None.", "2. Youth club", "Noted.", "3D Printing Club asked for a grant.", "3. Close", "Closed."],
            ["1", "2", "3"]
        },
        {
            "labelled minutes",
            ["Minute 45 Apologies", "None.", "Minute 46 Finance", "Noted.", "Agenda item 47 Close", "Closed."],
            ["45", "46", "47"]
        },
        {
            "roman numerals with a lettered part",
            ["I. Call to order", "Opened at 7pm.", "II(a) Treasurer's report", "Noted.", "II(b) Secretary's report", "Noted."],
            ["I", "II.a", "II.b"]
        },
        {
            "plain-text labels behind a quote bar",
            ["| 1. Roll call\n| 2. Minutes of the last meeting\nAccepted.\n| 3. Review of the agenda\nNone."],
            ["1", "2", "3"]
        },
        {
            "a quantity is not an item",
            ["# Meeting length", "1 Hour and 30 minutes", "# Budget", "3 weeks were allowed for comments."],
            []
        },
        {
            "dates in a column headed as a date are not items",
            ["1. Apologies", "None.", "2. Close", "Closed.",
             "|Date opened|Action|Owner\n|02.20.15|Order the new signs|Jo\n|06.15.15|Book the hall|Sam"],
            ["1", "2"]
        },
        {
            "lettered sub-headings of a rendered agenda, then the agenda coming back in part",
            ["[1.] Welcome", "[2.] Library update", ">[a.] Opening hours", ">[b.] New databases", "[3.] Any other business",
             "[1.] Welcome", "Members introduced themselves.", "[2.] Library update", "The librarian reported on the budget."],
            ["2.a", "2.b", "3", "1", "2"]
        },
        {
            "letters under unnumbered section headings restart in each section",
            ["# Old Business", "A. Roof repairs", "The quote was accepted.", "B. Pool opening", "Set for May.",
             "# New Business", "A. Budget for next year", "Adopted."],
            ["A", "B", "A"]
        },
        {
            "an initial opening a sentence is not a lettered item",
            ["# Apologies", "A. Smith sent apologies and was thanked for her work on the accounts."],
            []
        },
        {
            "a consent agenda read out as a lettered list",
            ["6. Reports", "Noted.", "7. Consent agenda", "The chair read the consent agenda as follows:",
             "a. Approve the minutes of the May meeting", "b. Receive the financial report", "8. Close", "Closed."],
            ["6", "7", "7.a", "7.b", "8"]
        },
        {
            "discussion points introduced by a colon are not sub-items",
            ["1. Apologies", "None.", "2. Safeguarding", "The main points were:",
             "a. Two staff have attended refresher training", "b. The leaflet has been updated", "3. Close", "Closed."],
            ["1", "2", "3"]
        },
        {
            "roman parts under a lettered sub-item, then the next letter",
            ["1. Minutes", "Approved.", "2. Matters arising", "a) Litter", "Noted.", "b) Bank closure", "Two aspects were reported.",
             "i) Cash machine", "A new site is sought.", "ii) Banking hub", "Support was given.", "c) Library", "Reopened.", "3. Close", "Closed."],
            ["1", "2", "2.a", "2.b", "2.b.i", "2.b.ii", "2.c", "3"]
        },
        {
            "a list restarting at 1 under a lettered sub-heading numbers that sub-heading's parts",
            ["# 4. Committee reports", "# a. Social", "Prizes are being bought.", "# b. Grounds", "1. Report from the garden group.", "2. Tree survey", "# c. Security",
             "1. Fire marshals", "# 5. New business", "None."],
            ["4", "4.a", "4.b", "4.b.1", "4.b.2", "4.c", "4.c.1", "5"]
        },
        {
            "a heading whose leading part is mistyped but whose last part continues the numbering is kept as printed",
            ["# 07.24.01 Apologies", "None.", "# 07.24.02 Minutes", "Approved.", "# 05.24.03 Planning", "No applications."],
            ["07.24.01", "07.24.02", "05.24.03"]
        },
        {
            "a mistyped number in prose is not an item",
            ["# 07.24.01 Apologies", "None.", "# 07.24.02 Minutes", "05.24.03 The hall was booked.", "# 07.24.03 Close", "Closed."],
            ["07.24.01", "07.24.02", "07.24.03"]
        },
        {
            "a lettered list after a colon-dash lead-in is the item's text",
            ["1. Apologies", "None.", "2. Close", "Members were reminded to submit the following:-",
             "(a) Expense forms by Friday;", "(b) Declarations by the end of the month."],
            ["1", "2"]
        },
        {
            "a numbered roll under an attendees heading is not items",
            ["# Meeting attendees", "[1.] Jo Bloggs", "[2.] Sam Smithers", "[3.] Ali Khan", "# Agenda", "[1.] Sprint review", "[2.] Planning"],
            ["1", "2"]
        },
        {
            "a roll with offices after dashes and a carelessly typed name, its numbering running on under the next group labels, is not items",
            ["Attendance", "[1.] Jo Bloggs - Chairperson", "[2.] Sam Rowe – Deputy chairperson", "[3.] Ali b. Khan", "[4.] Ann.B. Lee", "[5.] Bob Hart",
             "Absent with apology", "[6.] Cara Dunn", "[7.] Dev kent", "In attendance", "[8.] Eve Hart (legal adviser)",
             "MIN 01: Opening prayer", "The meeting opened with a prayer.", "MIN 02: Finance", "The accounts were received."],
            ["01", "02"]
        },
        {
            "a roll numbered in its text under PRESENT and ABSENT labels, numbers running on, is not items",
            ["PRESENT", "1. Ann Quill Chair", "2. Ben Royle Treasurer", "ABSENT", "3. Cara Sedgwick Secretary", "Minutes",
             "1. The board approved the budget.", "2. The board adjourned."],
            ["1", "2"]
        },
        {
            "a roll in a table, its first column numbered, under a PRESENT heading is not items",
            ["## PRESENT", "|1. Ann Quill|Chair\n|2. Ben Royle|Permanent Member\n|3. Cara Sedgwick|Term Member", "## Minutes",
             "1. The board approved the budget.", "2. The board adjourned."],
            ["1", "2"]
        },
        {
            "numbered agenda headings under a PRESENT label that name no office are still items",
            ["PRESENT", "1. Matters Arising", "2. Public Forum", "3. Any Other Business"],
            ["1", "2", "3"]
        },
        {
            "a numbered list of agenda headings under an attendees label is still read",
            ["Attendees: see the register", "[1.] Sprint review", "[2.] Release planning"],
            ["1", "2"]
        },
        {
            "a numbered action list in a table under an actions label is not items",
            ["1. Apologies", "None.", "2. Close", "Closed.", "Actions", "|1.|Send the letter to the trusts.\n|2.|Write the blog post."],
            ["1", "2"]
        },
        {
            "an outline export numbering every level: lettered and roman points are notes, in paragraphs",
            ["1. Welcome", "a. Room booked", "i. The hall is free all term", "b. Keys collected", "2. Budget", "a. Spend is on track",
             "i. Two invoices are late", "ii. One refund is due", "3. Close", "a. Nothing else raised"],
            ["1", "2", "3"]
        },
        {
            "an outline export numbering every level: lettered and roman points are notes, in a rendered list",
            ["[1.] Welcome", ">[a.] Room booked", ">>[i.] The hall is free all term", ">[b.] Keys collected", "[2.] Budget",
             ">[a.] Spend is on track", ">>[i.] Two invoices are late", ">>[ii.] One refund is due", "[3.] Close"],
            ["1", "2", "3"]
        },
        {
            "lettered sub-headings with roman parts and prose below them stay sub-items",
            ["1. Welcome", "Members were welcomed.", "2. Matters arising", "a. Drains", "The drains were reported again.", "b. Bank branch",
             "i. Cash machine", "The machine has gone.", "ii. Banking hub", "A hub will open in the spring.", "3. Close", "Closed."],
            ["1", "2", "2.a", "2.b", "2.b.i", "2.b.ii", "3"]
        },
        {
            "entries under an item that reviews actions are those actions",
            ["1. Apologies", "None.", "2. Review of open action items", "a. Jo to order the signs. Done.",
             "b. Sam to book the hall. Continued.", "3. Close", "Closed."],
            ["1", "2", "3"]
        },
        {
            "a numbered list of the officers elected counts people, not sub-items",
            ["# 4. Reports", "Noted.", "# 5. Elections", "The board stands again.", "1. Ann Quill, President", "2. Ben Royle (Treasurer)",
             "3. Cara Sedgwick", "4. Dev Tait *new member", "# 6. Close", "Closed."],
            ["4", "5", "6"]
        },
        {
            "a numbered list of two-word topics under an item is still sub-items",
            ["# 4. Reports", "1. Matters Arising", "2. Finance Update", "3. Hall Repairs", "# 5. Close", "Closed."],
            ["4", "4.1", "4.2", "4.3", "5"]
        },
        {
            "items skipped in the minutes leave a gap the next heading continues past",
            ["# 4. Reports", "Noted.", "# 5. Programme", "Agreed.", "# 11. Elections", "All re-elected.", "# 12. Close", "Closed."],
            ["4", "5", "11", "12"]
        },
    };

    [Theory]
    [MemberData(nameof(Conventions))]
    public void Finds_the_items_a_convention_numbers(string name, string[] blocks, string[] expected)
    {
        var items = RecordText.Items(Parse(blocks));
        Assert.True(expected.SequenceEqual(items), $"{name}: got [{string.Join(", ", items)}]");
    }

    [Theory]
    [InlineData("Review of open action items {5 min}", "Review of open action items")]
    [InlineData("Accepting the minutes[1] of the previous meeting", "Accepting the minutes of the previous meeting")]
    [InlineData("Staffing a. Recruitment. The post has been advertised.", "Staffing")]
    [InlineData("Finance The budget monitors had been circulated to members.", "Finance")]
    [InlineData("Library reports – no questions", "Library reports")]
    [InlineData("Garden group: No report.", "Garden group")]
    [InlineData("Coming talks: Using the cluster, Make, Packaging", "Coming talks")]
    [InlineData("*Motion on the footpaths at the school*", "Motion on the footpaths at the school")]
    public void A_title_leaves_out_timings_footnotes_markup_and_what_runs_on(string rest, string expected)
    {
        var record = Parse("1. Apologies", "None.", "2. " + rest, "Further discussion followed.", "3. Close");
        Assert.Contains("2|" + expected, RecordText.ItemsWithTitles(record));
    }

    [Theory]
    [InlineData("Steps agreed:\n1. Pick the venue\n2. Book the caterer", new string[0])]
    [InlineData("Options discussed\n1. Hire a hall\n2. Meet online\n3. Postpone", new string[0])]
    [InlineData("1. Pick the venue\nThe hall was preferred.", new[] { "1" })]
    public void A_list_typed_inside_a_table_cell_below_its_first_line_is_not_items(string cell, string[] expected)
    {
        var table = new MinutesIngest.Core.Documents.TableBlock([
            new MinutesIngest.Core.Documents.TableRow([MinutesIngest.Core.Documents.TableCell.FromText("Agenda"), MinutesIngest.Core.Documents.TableCell.FromText("Discussion")]),
            new MinutesIngest.Core.Documents.TableRow([MinutesIngest.Core.Documents.TableCell.FromText("Planning"), MinutesIngest.Core.Documents.TableCell.FromText(cell)])]);
        var record = new MinutesIngest.Core.Parsing.MinutesParser().Parse(new MinutesIngest.Core.Documents.SourceDocument("test.docx", "docx", 1, [table]));
        Assert.Equal(expected, RecordText.Items(record));
    }

    [Fact]
    public void A_numbered_motion_wrapped_over_lines_keeps_its_whole_sentence()
    {
        var record = Parse("1. Apologies", "None.", "2. *“I will ask at the next meeting when the resurfacing work will be done on\nthe roads around the estate”.*", "3. Close");
        Assert.Contains("2|“I will ask at the next meeting when the resurfacing work will be done on the roads around the estate”.", RecordText.ItemsWithTitles(record));
    }
}
