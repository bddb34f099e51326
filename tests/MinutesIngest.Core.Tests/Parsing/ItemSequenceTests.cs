using static MinutesIngest.Core.Tests.Parsing.BlockSpec;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>Which numbered lines become items, and with which number, in small documents built block by block.</summary>
public sealed class ItemSequenceTests
{
    public static TheoryData<string, string[], string[]> Sequences() => new()
    {
        {
            "a numbered issue table with an action column left empty and members against each issue",
            ["# Team meeting minutes", "|No.|Issue|Discussion|Action|Member|Deadline\n|1|Draft the project plan|||Ann, Ben|\n|2|Build a first prototype|Tools agreed||Ben|11/8/2022\n|3|Link the shared drive|||Cara|"],
            ["1", "2", "3"]
        },
        {
            "a rendered numbered list under a question lists its options, not items",
            ["# Board minutes", "## Topics", "### Release date", "Which date do we choose?", "[1.] Ship in May as planned.",
             "[2.] Ship in June with the new parser.", "Resolution: we ship in May."],
            []
        },
        {
            "numbering restarting under markup headings ending in a colon, printed like the agenda's: each section numbers its own items",
            ["# Group meeting minutes", "## Agenda:", "1. Review the plan\n2. Ways of working\n3. AOB", "## Plan review:",
             "1. New grid:", "[] Ann said the grid changed.", "2. Optimisation:", "[] Ben tested the tool.", "3. Mixing: updated.",
             "## Ways of working:", "1. We agreed to meet monthly.", "2. Progress will be tracked online."],
            ["1", "2", "3", "1", "2", "3", "1", "2"]
        },
        {
            "plain numbered minutes",
            ["# Parish Council Minutes", "1. Apologies for absence", "None received.", "2. Minutes of the last meeting",
             "These were approved.", "3. Finance", "The balance was noted."],
            ["1", "2", "3"]
        },
        {
            "decimal sub-items",
            ["1. Welcome", "Everyone was welcomed.", "2. Reports", "2.1 Finance", "Noted.", "2.2 Highways", "Noted.",
             "2.2.1 Potholes", "Reported to the county.", "3. Close"],
            ["1", "2", "2.1", "2.2", "2.2.1", "3"]
        },
        {
            "sub-items restarting at 1 under a parent",
            ["1. Apologies", "None were received.", "All members were present.", "2. Minutes", "Approved.", "Signed by the Chair.",
             "3. Matters arising", "None.", "4. Finance", "1. Bank balance", "The balance is £1,200.", "2. Payments", "Payments were approved.", "5. Planning", "No applications."],
            ["1", "2", "3", "4", "4.1", "4.2", "5"]
        },
        {
            "three sub-items restarting at 1 then the next parent",
            ["1. Apologies", "None.", "2. Reports", "1. Chair's report", "Noted.", "2. Clerk's report", "Noted.",
             "3. Treasurer's report", "Noted.", "3. Planning", "No applications."],
            ["1", "2", "2.1", "2.2", "2.3", "3"]
        },
        {
            "the agenda printed again after the minutes under its own heading is not sub-items of the last item",
            ["# Garden Club minutes", "1. Call to order (7:30 pm)", "The chair opened the meeting.", "Twelve members attended.", "2. Minutes",
             "Approved.", "Signed by the chair.", "3. Treasurer's report", "The balance was noted.", "a. Bank balance", "Noted.",
             "4. Adjourn", "The meeting closed at 8:40 pm.",
             "# Garden Club Agenda", "1. Call to order", "2. Minutes", "3. Treasurer's report", "a. Bank balance", "4. Adjourn"],
            ["1", "2", "3", "3.a", "4"]
        },
        {
            "an agenda attached after the minutes without a heading, opening with the first item's title",
            ["# Garden Club minutes", "1. Call to order (Ann Quill)", "The chair opened the meeting.", "Twelve members attended.", "2. Minutes",
             "Approved.", "Signed by the chair.", "3. Plant sale", "The date was agreed.", "Stalls were allocated.", "4. Adjourn",
             "The meeting closed.", "1. Call to order", "2. Minutes", "3. Plant sale", "4. Adjourn"],
            ["1", "2", "3", "4"]
        },
        {
            "sub-items restarting at 1 under a last item are still sub-items",
            ["# Garden Club minutes", "1. Welcome", "The chair opened the meeting.", "Twelve members attended.", "2. Minutes", "Approved.",
             "Signed by the chair.", "3. Reports", "1. Chair's report", "Noted.", "2. Treasurer's report", "Noted."],
            ["1", "2", "3", "3.1", "3.2"]
        },
        {
            "a numbered roll table under its label and detached column headings counts people, to its last row",
            ["# MEMBERS PRESENT", "# S.NO NAME", "# DESIGNATION", "|1 Ann Quill|Chairman\n|2. Ben Royle|Secretary\n|. 3. Cara Sedgwick|Member\n|4. Dev tait|Member",
             "# 1. WELCOME BY CHAIRMAN", "The chairman welcomed the members.", "# 2. ACCOUNTS", "Approved."],
            ["1", "2"]
        },
        {
            "a paragraph opening with a clause number past the next item cites a code, not an item",
            ["1. Welcome", "Opened at 7 pm.", "2. Tree ordinance", "The draft was discussed.",
             "5.100. This clause sets the fee for a permit.", "3. Finance", "Payments approved."],
            ["1", "2", "3"]
        },
        {
            "a numbered list after a colon inside an item is not items",
            ["1. Apologies", "None.", "2. Planning", "The following applications were considered:",
             "1. Extension at 4 High Street", "2. New garage at The Barns", "3. Finance", "Payments approved."],
            ["1", "2", "3"]
        },
        {
            "nested auto-numbered answers are not items",
            ["[1.] Is the project on schedule?", ">[a.] The design is complete.", ">[b.] Testing starts next week.",
             "[2.] Are there any risks?", ">[a.] The supplier may be late."],
            ["1", "2"]
        },
        {
            "nested auto-numbered decimal answers are not items",
            ["[1.] What did the survey show?", ">[1.] Most residents want a new bus shelter.", ">[2.] Few use the car park.",
             "[2.] What happens next?", ">[1.] A report goes to the council."],
            ["1", "2"]
        },
        {
            "lettered paragraphs under an item",
            ["1. Apologies", "None.", "2. Minutes", "Approved.", "3. Declarations of interest", "None.", "4. Matters arising",
             "a) The Clerk reported that the highways department had not yet replied about the bus stop.",
             "b) The Chairman reported that the bench by the pond had been repainted.", "5. Finance", "Noted."],
            ["1", "2", "3", "4", "4.a", "4.b", "5"]
        },
        {
            "roman sub-items under an item",
            ["1. Apologies", "None.", "2. Minutes of the previous meeting", "i. The minutes of the January meeting were approved.",
             "ii. The minutes of the extraordinary meeting were approved.", "3. Finance", "Noted."],
            ["1", "2", "2.i", "2.ii", "3"]
        },
        {
            "an agenda whose entries come back as sections is counted once",
            ["# Agenda", "1. Apologies", "2. Minutes of the last meeting", "3. Finance", "4. Any other business", "# Minutes",
             "1. Apologies", "Cllr Smith sent apologies.", "2. Minutes of the last meeting", "Approved as a true record.",
             "3. Finance", "The accounts were noted.", "4. Any other business", "None."],
            ["1", "2", "3", "4"]
        },
        {
            "a number printed twice after its sub-items is kept twice",
            ["16. Correspondence", "Letters were read.", "17. Finance", "17.1 Bank balance", "Reviewed.", "17.2 Payments",
             "Approved.", "17. Date of next meeting", "To be confirmed."],
            ["16", "17", "17.1", "17.2", "17"]
        },
        {
            "slash numbers kept verbatim",
            ["20/41 Apologies", "None.", "20/42 Minutes", "Approved.", "20/43 Planning", "No applications."],
            ["20/41", "20/42", "20/43"]
        },
        {
            "labelled items",
            ["Item 1 Apologies", "None.", "Item 2 Minutes", "Approved.", "Item 2.A Matters arising", "None."],
            ["1", "2", "2.A"]
        },
        {
            "bullets are never items",
            ["1. Apologies", "None.", "2. Updates", "[] 3 new members joined", "[] 4 events are planned", "3. Close"],
            ["1", "2", "3"]
        },
        {
            "numbers running into prose are not items",
            ["1. Apologies", "None.", "2. Finance", "2020 budget was approved.", "10.30am start agreed for the next event.", "3. Close"],
            ["1", "2", "3"]
        },
        {
            "word multi-level numbering",
            ["[1.] Finance", ">[1.1.] Budget", "The budget was set.", ">[1.2.] Payments", "Approved.", "[2.] Close"],
            ["1", "1.1", "1.2", "2"]
        },
        {
            "a stray repeated 1 directly under item 1",
            ["1. Present: Cllr J Smith (Chair), Cllr K Jones", "1 The Chair welcomed the new Clerk to her first meeting.", "2. Apologies",
             "None were received."],
            ["1", "2"]
        },
        {
            "lettered items in brackets under a planning item",
            ["1. Apologies", "None were received from anyone.", "Members were welcomed.", "2. Planning", "(a) 23/0001 Extension at the Old Forge",
             "Supported.", "(b) 23/0002 New garage at The Barns", "No objection.", "3. Close"],
            ["1", "2", "2.a", "2.b", "3"]
        },
        {
            "a title spanning lines",
            ["1. Apologies", "None.", "2. Report of the working group on the\nvillage hall refurbishment", "The report was noted.", "3. Close"],
            ["1", "2", "3"]
        },
        {
            "sub-items restarting at 1 under a parent after items with one-line bodies",
            ["1. Apologies", "None.", "2. Minutes", "Approved.", "3. Matters arising", "None.", "4. Finance",
             "1. Bank balance", "The balance is £1,200.", "2. Payments", "Payments were approved.", "5. Planning", "No applications."],
            ["1", "2", "3", "4", "4.1", "4.2", "5"]
        },
        {
            "the Ref column of an action log is not items",
            ["1. Apologies", "None.", "2. Finance", "Noted.", "|Ref|Action|Owner\n|1.2|Chase the insurer|Clerk\n|2.1|Update the risk register|Treasurer",
             "3. Close"],
            ["1", "2", "3"]
        },
        {
            "an in-text list that runs on past the item number it could be mistaken for",
            ["1. Apologies", "None.", "2. Planning", "The following applications were considered:", "1. Extension at 4 High Street",
             "2. New garage at The Barns", "3. Two dwellings at Mill Lane", "4. Change of use of the Old Forge", "3. Finance", "Payments approved."],
            ["1", "2", "3"]
        },
        {
            "a number printed twice with prose between is kept twice",
            ["15. Correspondence", "Letters were read.", "16. Highways", "Potholes reported.", "16. Footpaths", "Stile repaired.", "17. Close"],
            ["15", "16", "16", "17"]
        },
        {
            "items crammed into one paragraph are split at the numbers the sequence expects",
            ["1. PUBLIC FORUM No questions. 2. APOLOGIES None received. 2.1 Late arrivals None. 3. FINANCE Noted."],
            ["1", "2", "2.1", "3"]
        },
        {
            "roman numerals at the top level with lettered sub-headings",
            ["# Ethics Panel", "[I.] Welcome", "Members were welcomed.", "[II.] Stop and search", "The data was reviewed.",
             ">[A.] Dip sample findings", "Forty recordings were reviewed.", "[III.] Close", "The meeting closed."],
            ["I", "II", "II.A", "III"]
        },
        {
            "an outline of roman items, lettered parts and numbered parts of a letter",
            ["Minutes", "I. Call to Order – Ann Lee", "Opened at 2:00.", "II. Standing Business", "A. Treasurer Report – Bob Cole gave the balance.",
             "B. Committee Updates", "1. Call Team – Cara Dee stated that calls were up.", "2. Delivery Team – Dan Eve reported that all went well.",
             "C. Volunteers – no update.", "III. New Business", "Nothing."],
            ["I", "II", "II.A", "II.B", "II.B.1", "II.B.2", "II.C", "III"]
        },
        {
            "under a roman item with no lettered part a numbered list stays the item's text",
            ["Minutes", "I. Call to Order", "Opened at 2:00.", "II. Policies", "1. The first change was agreed.", "2. The second change was agreed.",
             "III. Close", "Closed."],
            ["I", "II", "III"]
        },
        {
            "under a lettered part numbered notes of a few words are the part's text",
            ["Minutes", "I. Call to Order", "Opened at 2:00.", "II. President's Report", "A. Welcome back", "B. Office hours",
             "1. Tuesdays at 11 am", "2. Upstairs in the hall", "C. No classes on Monday", "III. Close", "Closed."],
            ["I", "II", "II.A", "II.B", "II.C", "III"]
        },
        {
            "under a lettered part a numbered list a sentence introduces is the part's text",
            ["Minutes", "I. Call to Order", "Opened at 2:00.", "II. Bylaws", "A. Review suggestions", "Suggested revisions to be voted on:",
             "1. Move the office to the library.", "2. Add a delegate to the board.", "III. Close", "Closed."],
            ["I", "II", "II.A", "III"]
        },
        {
            "points a sentence introduces, each a sentence of its own, are not items",
            ["# Members meeting", "## Taxes", "The accountant reviewed the return. Her notes were as follows:",
             "1) The company made under the limit, so two schedules can be left out.", "2) She noted that she accepts the financials as correct.",
             "## Budget", "Approved."],
            []
        },
        {
            "short headings a sentence introduces are still the minutes' items",
            ["# Members meeting", "The following items were discussed at the meeting:", "1) Budget", "Approved.", "2) Hall hire", "Deferred."],
            ["1", "2"]
        },
        {
            "a roman heading run with one numeral lost keeps the rest",
            ["# Residents' Association", "## Welcome", "Members were welcomed.", "## II. Call to order", "Opened at 7pm.",
             "## III. Quorum", "A quorum was present.", "## Budget review", "Noted.", "## V. Plans", "Noted.", "## VI. Adjournment", "Closed."],
            ["II", "III", "V", "VI"]
        },
        {
            "a roman numeral alone that skips one does not start a run",
            ["# Residents' Association", "## Welcome", "Members were welcomed.", "## II. Security", "Noted.", "## V. Close", "Closed."],
            []
        },
        {
            "an action list under a titled heading is not items",
            ["1. Welcome", "All present.", "2. Finance", "Noted.", "# Pending Action Items", "1. Review the lease", "2. Renew the insurance"],
            ["1", "2"]
        },
        {
            "a heading running into an inline roman sub-item",
            ["1. Apologies", "None.", "2. REPORTS FROM OTHER BODIES i. District Council No report received", "3. Close"],
            ["1", "2", "2.i", "3"]
        },
        {
            "a house number opening the venue line above the items is not where the numbering starts",
            ["# Lane Residents Association", "Monday 3 March, 7pm", "# 14 Orchard Hill", "Present: Ann Lee, Bob Ray",
             "1. Minutes of the last meeting were approved.", "2. Parking", "Noted.", "3. Next meeting"],
            ["1", "2", "3"]
        },
        {
            "a venue line with a house number, in plain paragraphs",
            ["Lane Residents Association", "Monday 3 March, 7pm", "22 Mill Road", "Attendees", "Ann Lee", "Bob Ray",
             "1. Minutes of last meeting", "Approved.", "2. Parking", "Noted."],
            ["1", "2"]
        },
        {
            "minutes that continue the numbering of earlier meetings still start at their first number",
            ["# Parish Council", "14 Apologies", "None.", "15 Minutes", "Approved.", "16 Planning", "1. Extension at the mill"],
            ["14", "15", "16"]
        },
    };

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Finds_the_items_as_numbered(string name, string[] blocks, string[] expected)
    {
        var items = RecordText.Items(Parse(blocks));
        Assert.True(expected.SequenceEqual(items), $"{name}: got [{string.Join(", ", items)}]");
    }

    [Theory]
    [InlineData("Finance: month 6 position", "Finance: month 6 position")]
    [InlineData("MINUTES OF LAST MEETING: were approved.", "MINUTES OF LAST MEETING")]
    [InlineData("The report was noted and the Clerk was thanked for her work on the accounts this year. Members asked questions.",
        "The report was noted and the Clerk was thanked for her work on the accounts this year.")]
    public void An_items_title_is_its_heading_or_first_sentence(string rest, string expected)
    {
        var record = Parse("1. Apologies", "None.", "2. " + rest, "Further discussion followed.", "3. Close");
        Assert.Equal(["1|Apologies", "2|" + expected, "3|Close"], RecordText.ItemsWithTitles(record));
    }

    [Fact]
    public void A_title_wrapped_onto_the_next_line_of_its_paragraph_is_joined()
    {
        var record = Parse("1. Apologies", "None.", "2. Report of the working group on the\nvillage hall refurbishment", "Noted.", "3. Close");
        Assert.Contains("2|Report of the working group on the village hall refurbishment", RecordText.ItemsWithTitles(record));
    }

    [Fact]
    public void A_title_on_the_line_after_a_bare_number()
    {
        var record = Parse("1. Apologies", "None.", "2.\nPlanning applications\nNone received.", "3. Close");
        Assert.Equal(["1|Apologies", "2|Planning applications", "3|Close"], RecordText.ItemsWithTitles(record));
    }

    [Fact]
    public void An_agenda_counted_once_takes_the_titles_of_its_sections()
    {
        var record = Parse("# Agenda", "1. Apologies", "2. Minutes", "3. Finance", "# Minutes",
            "1. Apologies", "None.", "2. Minutes", "Approved.", "3. Finance: month 6 position", "Noted.");
        Assert.Equal(["1|Apologies", "2|Minutes", "3|Finance: month 6 position"], RecordText.ItemsWithTitles(record));
    }
}
