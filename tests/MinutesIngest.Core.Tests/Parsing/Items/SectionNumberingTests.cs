using System.Text;
using MinutesIngest.Core.Extraction.Html;
using MinutesIngest.Core.Extraction.Pdf;
using MinutesIngest.Core.Parsing;
using MinutesIngest.Core.Tests.Extraction.Docx;
using MinutesIngest.Core.Tests.Extraction.Pdf;
using static MinutesIngest.Core.Tests.Parsing.BlockSpec;

namespace MinutesIngest.Core.Tests.Parsing.Items;

/// <summary>
/// Numbering that restarts inside a document, over invented minutes in each format: items lettered or numbered afresh
/// under unnumbered section headings, and numbered lists inside one item (public comments, letters) that are not items.
/// </summary>
public sealed class SectionNumberingTests
{
    public static TheoryData<string, string[], string[]> Blocks() => new()
    {
        {
            "letters under upper-case section headings, entries running into prose",
            ["CALL TO ORDER", "Opened at 7pm.", "APPROVAL OF MINUTES", "Approved.", "OLD BUSINESS",
             "A) Roof repairs – the quote from the builder was accepted.", "B) Pool – opening was set for May.", "NEW BUSINESS",
             "A) Budget – adopted for next year.", "B) Picnic – set for June.", "ADJOURNMENT", "Closed at 9pm."],
            ["A", "B", "A", "B"]
        },
        {
            "lower-case letters under title-case section headings",
            ["Call to Order", "Members were welcomed.", "Old Business", "a) Fence", "Repaired last week.", "b) Lights", "Ordered.",
             "New Business", "a) Website", "A new site will be built.", "Adjournment", "Closed."],
            ["a", "b", "a"]
        },
        {
            "roman sub-points under a lettered section item",
            ["# Old Business", "A. Roof", "Quotes were compared.", "B. Grounds", "i. Hedges", "To be cut in May.", "ii. Trees",
             "A survey is needed.", "C. Pool", "Opens in June.", "# New Business", "A. Budget", "Adopted."],
            ["A", "B", "B.i", "B.ii", "C", "A"]
        },
        {
            "section headings ending in a colon",
            ["ROLL CALL:", "All present.", "OLD BUSINESS:", "A. Fence", "Repaired.", "B. Lights", "Ordered.", "NEW BUSINESS:",
             "A. Website", "Approved."],
            ["A", "B", "A"]
        },
        {
            "letters under prose inside a numbered item stay its parts",
            ["5. Reports", "Noted.", "Committee reports were taken as read.", "A) Social", "Prizes are bought.", "B) Grounds", "Mowed.", "6. Close"],
            ["5", "5.A", "5.B", "6"]
        },
        {
            "letters under an unnumbered sub-heading of a numbered item are its parts",
            ["6. Reports", "Noted.", "7. CORRESPONDENCE", "Incoming", "a. A letter about parking was read.", "b. A letter about the fence was read.",
             "8. Close", "Closed."],
            ["6", "7", "7.a", "7.b", "8"]
        },
        {
            "a lone lettered sentence under a heading is not an item",
            ["# Correspondence", "A. Smith wrote about the hedge and was thanked.", "# Close", "The meeting closed."],
            []
        },
        {
            "numbers restarting under section headings printed alike are kept as printed",
            ["Old Business", "1) Fence", "Repaired.", "2) Lights", "Ordered.", "New Business", "1) Website",
             "A new site will be built.", "2) Picnic", "Set for June.", "3) Hall hire", "Rates agreed."],
            ["1", "2", "1", "2", "3"]
        },
        {
            "numbers restarting under a consent agenda section, which is not an agenda printed again",
            ["UNFINISHED BUSINESS", "1. Fence permit", "Approved.", "2. Tree ordinance", "Continued.", "3. Fee schedule", "Adopted.",
             "CONSENT AGENDA", "1. Minutes of the last meeting", "Approved.", "2. Financial report", "Accepted.", "COMMITTEE REPORTS",
             "1. Parks", "Mowing resumes in May.", "2. Roads", "Potholes were filled."],
            ["1", "2", "3", "1", "2", "1", "2"]
        },
        {
            "rendered numbered lists restarting under plain section lines, with no text between",
            ["Minutes", "Previous Issues", "[1.] Presentation - Went well", "[2.] Networking - Works across machines", "New Issues",
             "[1.] Final build - Ann", "[2.] Report - Everyone"],
            ["1", "2", "1", "2"]
        },
        {
            "a list restarting at 1 under a sub-heading directly below its item is sub-items",
            ["1. Welcome", "Done.", "2. Finance", "Bank Matters", "1. Balance", "Noted.", "2. Payments", "Approved.", "3. Close", "Closed."],
            ["1", "2", "2.1", "2.2", "3"]
        },
        {
            "numbered public comments running past the next item's number are not items",
            ["1. Call to order", "Opened.", "2. Minutes", "Approved.", "3. Public comment", "1. A resident asked about the play area.",
             "2. A resident raised parking on Elm Street.", "3. A resident thanked the board.", "4. A resident asked about the budget.",
             "5. A resident asked about the hall.", "4. Treasurer's report", "Noted.", "5. Close", "Closed."],
            ["1", "2", "3", "4", "5"]
        },
        {
            "numbered letters received in a rendered list inside an item are not items",
            ["# 1. Apologies", "None.", "# 2. Correspondence", "[1.] Letter from the county about road closures",
             "[2.] Letter from a resident about the hedge", "[3.] Email from the school", "[4.] Invitation to the fete",
             "# 3. Finance", "Noted."],
            ["1", "2", "3"]
        },
        {
            "sub-items restarting at 1 that stop at the next item's number stay sub-items",
            ["1. Apologies", "None.", "2. Reports", "1. Chair's report", "Noted.", "2. Clerk's report", "Noted.",
             "3. Treasurer's report", "Noted.", "3. Planning", "No applications."],
            ["1", "2", "2.1", "2.2", "2.3", "3"]
        },
        {
            "decimal sub-numbering inside an item is kept",
            ["4. Reports", "Noted.", "5. Public comment", "5.1 Play area", "A resident asked about it.", "5.2 Parking", "Raised again.", "6. Close"],
            ["4", "5", "5.1", "5.2", "6"]
        },
        {
            "a running log of meetings, each under its own date line, numbers each meeting from 1",
            ["4 May 2024\nClub notes\nMinutes\n1. Kit list agreed.\n2. New members welcomed.",
             "11 May 2024\nClub notes\nMinutes\n1. Kit was ordered.\n2. Funding bid sent.\n3. Next trip planned."],
            ["1", "2", "1", "2", "3"]
        },
        {
            "numeric dates heading each meeting of a log, paragraphs apart",
            ["2/16/2024", "Progress", "1) Base built", "2) Motor tested", "2/23/2024", "Progress", "1) Wiring done"],
            ["1", "2", "1"]
        },
        {
            "several meetings' minutes in one file, each under the same record heading",
            ["# Team 2 (Week 2)", "### MINUTES OF MEETING", "|Place: Room 1|Date: 30/07/2020", "1. Subject: Overview", "2. Agenda:",
             "3. Close", "# Team 2 (Week 3)", "### MINUTES OF MEETING", "|Place: Room 1|Date: 06/08/2020", "1. Subject: Design", "2. Agenda:"],
            ["1", "2", "3", "1", "2"]
        },
        {
            "a different record's heading inside an item does not restart the numbering",
            ["Minutes of the club meeting", "1. Apologies", "None.", "2. Parking", "Notes from the meeting with the council:",
             "1. Permits were raised.", "3. Close", "Closed."],
            ["1", "2", "3"]
        },
        {
            "a date line inside an item does not restart the minutes' numbering",
            ["1. Apologies", "None.", "2. Events", "The fair is on", "4 May 2024", "1. Stalls were booked.", "3. Close", "Closed."],
            ["1", "2", "2.1", "3"]
        },
    };

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Numbers_items_in_text_and_markdown_shapes(string name, string[] blocks, string[] expected)
    {
        var items = RecordText.Items(Parse(blocks));
        Assert.True(expected.SequenceEqual(items), $"{name}: got [{string.Join(", ", items)}]");
    }

    public static TheoryData<string, string, string[]> Html() => new()
    {
        {
            "lettered lists under section headings",
            "<h3>CALL TO ORDER</h3><p>Opened.</p><h3>OLD BUSINESS</h3>"
            + "<ol type=\"A\"><li>Roof repairs – the quote was accepted.</li><li>Pool – opening set for May.</li></ol>"
            + "<h3>NEW BUSINESS</h3><ol type=\"A\"><li>Budget for next year</li></ol><h3>ADJOURNMENT</h3><p>Closed.</p>",
            ["A", "B", "A"]
        },
        {
            "a numbered speaker list inside an item",
            "<h2>1. Welcome</h2><p>Done.</p><h2>2. Public comment</h2><ol><li>Ann Quill spoke about the library.</li>"
            + "<li>Ben Rowe spoke about parking.</li><li>Cal Sims spoke about the park.</li><li>Dee Tran spoke about buses.</li></ol>"
            + "<h2>3. Close</h2><p>Closed.</p>",
            ["1", "2", "3"]
        },
        {
            "a nested sub-list of headings stays sub-items",
            "<h2>1. Welcome</h2><p>Done.</p><h2>2. Reports</h2><ol><li>Chair</li></ol><p>Noted.</p><ol start=\"2\"><li>Treasurer</li></ol>"
            + "<p>Noted.</p><h2>3. Close</h2><p>Closed.</p>",
            ["1", "2", "2.1", "2.2", "3"]
        },
        {
            "numbers in their own table column",
            "<table><tr><th>No.</th><th>Item</th><th>Notes</th></tr><tr><td>1</td><td>Apologies</td><td>None.</td></tr>"
            + "<tr><td>2</td><td>Minutes</td><td>Approved.</td></tr><tr><td>2.1</td><td>Matters arising</td><td>None.</td></tr>"
            + "<tr><td>3</td><td>Close</td><td>Closed.</td></tr></table>",
            ["1", "2", "2.1", "3"]
        },
        {
            "numbers in their own block beside the heading",
            "<div class=\"num\">1.</div><div><strong>Apologies</strong></div><p>None.</p><div class=\"num\">2.</div>"
            + "<div><strong>Finance</strong></div><p>The balance was noted.</p><div class=\"num\">3.</div><div><strong>Close</strong></div>",
            ["1", "2", "3"]
        },
    };

    [Theory]
    [MemberData(nameof(Html))]
    public void Numbers_items_in_html(string name, string html, string[] expected)
    {
        var doc = new HtmlExtractor().Extract(Encoding.UTF8.GetBytes("<html><body>" + html + "</body></html>"), "test.html");
        var items = RecordText.Items(new MinutesParser().Parse(doc));
        Assert.True(expected.SequenceEqual(items), $"{name}: got [{string.Join(", ", items)}]");
    }

    [Fact]
    public void Word_lettered_lists_restarting_under_section_headings_keep_their_letters()
    {
        var docx = new DocxFixture
        {
            Numbering = DocxFixture.AbstractNum(1, DocxFixture.Lvl(0, "upperLetter", "%1)"))
                        + DocxFixture.Num(1, 1)
                        + DocxFixture.Num(2, 1, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>"),
            Body = DocxFixture.P("ROLL CALL") + DocxFixture.P("All present.") + DocxFixture.P("OLD BUSINESS")
                   + DocxFixture.P("Fence", 1, 0) + DocxFixture.P("Repaired last week.") + DocxFixture.P("Lights", 1, 0) + DocxFixture.P("Ordered.")
                   + DocxFixture.P("NEW BUSINESS") + DocxFixture.P("Website", 2, 0) + DocxFixture.P("A new site will be built.")
                   + DocxFixture.P("ADJOURNMENT") + DocxFixture.P("Closed."),
        };
        Assert.Equal(["A", "B", "A"], RecordText.Items(new MinutesParser().Parse(docx.Extract())));
    }

    [Fact]
    public void Word_table_with_a_number_column_numbers_its_rows()
    {
        static string Cell(string text) => $"<w:tc>{DocxFixture.P(text)}</w:tc>";
        static string Row(params string[] cells) => "<w:tr>" + string.Concat(cells.Select(Cell)) + "</w:tr>";
        var docx = new DocxFixture
        {
            Body = DocxFixture.P("Minutes of the board") + "<w:tbl>" + Row("Item", "Subject", "Discussion") + Row("1", "Apologies", "None.")
                   + Row("2", "Finance", "The balance was noted.") + Row("2a", "Grants", "Two were approved.") + Row("3", "Close", "Closed.") + "</w:tbl>",
        };
        Assert.Equal(["1", "2", "2a", "3"], RecordText.Items(new MinutesParser().Parse(docx.Extract())));
    }

    [Fact]
    public void Word_numbered_comments_inside_an_item_are_not_items()
    {
        var body = DocxFixture.P("1. Apologies") + DocxFixture.P("None.") + DocxFixture.P("2. Public comment")
                   + string.Concat(Enumerable.Range(1, 6).Select(k => DocxFixture.P($"Resident {k} asked about the car park.", 1, 0)))
                   + DocxFixture.P("3. Finance") + DocxFixture.P("Noted.");
        var docx = new DocxFixture { Numbering = DocxFixture.AbstractNum(1, DocxFixture.Lvl(0, "decimal", "%1.")) + DocxFixture.Num(1, 1), Body = body };
        Assert.Equal(["1", "2", "3"], RecordText.Items(new MinutesParser().Parse(docx.Extract())));
    }

    [Fact]
    public void Plain_text_log_of_meetings_numbers_each_meeting_from_one()
    {
        const string text = "03/10/2024\nTeam notes\nMinutes\n1. Sensor wired.\n2. Code reviewed.\n\n"
                            + "13/10/2024\nTeam notes\nMinutes:\n1.Sensor tested.\n2.Case printed.\n3.Demo booked.\n";
        var doc = new MinutesIngest.Core.Extraction.Text.TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "notes.txt");
        Assert.Equal(["1", "2", "1", "2", "3"], RecordText.Items(new MinutesParser().Parse(doc)));
    }

    [Fact]
    public void Pdf_letters_restarting_under_section_headings_keep_their_letters()
    {
        var pdf = new SyntheticPdf().Page()
            .Text(72, 740, "CALL TO ORDER", bold: true).Text(72, 720, "Opened at seven.")
            .Text(72, 690, "OLD BUSINESS", bold: true)
            .Text(72, 660, "A. Fence").Text(72, 640, "Repaired last week.")
            .Text(72, 610, "B. Lights").Text(72, 590, "Ordered from the supplier.")
            .Text(72, 560, "NEW BUSINESS", bold: true)
            .Text(72, 530, "A. Website").Text(72, 510, "A new site will be built.")
            .Text(72, 480, "ADJOURNMENT", bold: true).Text(72, 460, "Closed at nine.")
            .Build();
        var doc = new PdfExtractor().Extract(pdf, "test.pdf");
        Assert.Equal(["A", "B", "A"], RecordText.Items(new MinutesParser().Parse(doc)));
    }
}
