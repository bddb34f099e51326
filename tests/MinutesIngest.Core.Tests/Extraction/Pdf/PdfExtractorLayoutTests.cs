using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction;
using MinutesIngest.Core.Extraction.Pdf;

namespace MinutesIngest.Core.Tests.Extraction.Pdf;

/// <summary>Layout behaviour of the PDF extractor on PDFs built in-process.</summary>
public sealed class PdfExtractorLayoutTests
{
    private const string LeftColumn =
        "Alpha begins the left column of this page and keeps going with several more words so that it reads like ordinary prose text before the left column finally comes to its quiet end near the bottom of the page.";

    private const string RightColumn =
        "Omega starts the right column with words that must only be read after the whole of the left column has been read to the end, otherwise the reading order is mixed up and the sentences make no sense at all.";

    private static readonly string[] Bodies =
    [
        "The chair opened the meeting and welcomed the members who had come to the hall this evening.",
        "The treasurer reported that the accounts for the year had been checked by the examiner.",
        "There being no other business the chair closed the meeting and thanked everyone for coming.",
    ];

    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private static SourceDocument Extract(byte[] pdf) => new PdfExtractor().Extract(pdf, "test.pdf");

    private static IEnumerable<Block> Content(SourceDocument doc) => doc.Blocks.Where(b => b is not PageBreakBlock);

    private static string AllText(SourceDocument doc) => string.Join("\n", doc.Blocks.Select(BlockText.Of));

    [Theory]
    [InlineData(700, 14)]
    [InlineData(693, 15.5)]
    public void TwoColumnPageIsReadColumnByColumn(double rightTop, double rightLeading)
    {
        var pdf = new SyntheticPdf().Page()
            .Text(72, 740, "Minutes of the Column Society", 16, bold: true)
            .Paragraph(72, 700, 220, LeftColumn)
            .Paragraph(330, rightTop, 220, RightColumn, leading: rightLeading)
            .Text(72, 560, "The full width closing line of the page runs across both of the columns above it.")
            .Build();

        var text = AllText(Extract(pdf));

        var leftEnd = text.IndexOf("near the bottom of the page.", StringComparison.Ordinal);
        var rightStart = text.IndexOf("Omega starts", StringComparison.Ordinal);
        Assert.True(leftEnd >= 0 && rightStart >= 0, text);
        Assert.True(leftEnd < rightStart, text);
        Assert.True(text.Contains(LeftColumn) && text.Contains(RightColumn), text);
        Assert.EndsWith("runs across both of the columns above it.", text);
    }

    [Fact]
    public void RunningHeaderFooterAndPageNumbersAreRemoved()
    {
        var doc = new SyntheticPdf();
        for (var n = 1; n <= 3; n++)
        {
            doc.Page()
                .Text(72, 760, "Riverside Residents Association", 9)
                .Paragraph(72, 700, 460, Bodies[n - 1])
                .Text(72, 40, "Registered charity 123456, 1 High Street", 8)
                .Text(500, 40, $"Page {n} of 3", 8);
        }

        var result = Extract(doc.Build());
        var text = AllText(result);

        Assert.Equal(3, result.PageCount);
        Assert.DoesNotContain("Riverside Residents Association", text);
        Assert.DoesNotContain("Registered charity", text);
        Assert.DoesNotContain("of 3", text);
        foreach (var body in Bodies) Assert.Contains(body, text);
        Assert.Equal(2, result.Blocks.Count(b => b is PageBreakBlock));
    }

    [Theory]
    [InlineData("The board accepted the recom-", "mendation of the co-operative group.", "The board accepted the recommendation of the co-operative group.")]
    [InlineData("Debbie worked with Matrix-", "Churchill on the case.", "Debbie worked with Matrix-Churchill on the case.")]
    [InlineData("The budget was agreed in full and", "signed by the treasurer.", "The budget was agreed in full and signed by the treasurer.")]
    public void LinesOfAParagraphAreJoinedMendingLineEndHyphens(string first, string second, string expected)
    {
        var pdf = new SyntheticPdf().Page().Lines(72, 700, [first, second]).Build();

        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(Content(Extract(pdf))));

        Assert.Equal(expected, paragraph.Text);
    }

    [Fact]
    public void AlignedColumnsComeBackAsTableRowsAndCells()
    {
        var pdf = new SyntheticPdf().Page()
            .Text(72, 720, "2.1 Members present", 11, bold: true)
            .Text(72, 700, "Name").Text(230, 700, "Role").Text(380, 700, "Company")
            .Text(72, 686, "Jane Smith").Text(230, 686, "Chair").Text(380, 686, "Acme Ltd")
            .Text(72, 672, "Tom Brown").Text(230, 672, "Treasurer").Text(380, 672, "Widget plc")
            .Text(72, 658, "Ann Lee").Text(230, 658, "Member").Text(380, 658, "Acme Ltd")
            .Text(72, 630, "The meeting opened with a welcome from the chair to all present.")
            .Build();

        var table = Assert.Single(Content(Extract(pdf)).OfType<TableBlock>());

        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["Name", "Role", "Company"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["Tom Brown", "Treasurer", "Widget plc"], table.Rows[2].Cells.Select(c => c.Text));
    }

    [Fact]
    public void NamesStackedInOneCellKeepTheirLineBreaksAndPairWithTheirInitials()
    {
        var pdf = new SyntheticPdf().Page()
            .Text(72, 740, "Minutes of the Garden Club committee", 14, bold: true)
            .Text(72, 700, "Present:").Text(160, 700, "Ann Quill").Text(300, 700, "AQ").Text(360, 700, "Eve Ulley").Text(480, 700, "EU")
            .Text(160, 686, "Ben Royle (County)").Text(300, 686, "BR").Text(360, 686, "Fay Vance").Text(480, 686, "FV")
            .Text(160, 672, "Cara Sedgwick").Text(300, 672, "CS").Text(360, 672, "Gil Wynn").Text(480, 672, "GW")
            .Text(160, 658, "Dev Tait").Text(300, 658, "DT")
            .Text(72, 620, "1. Welcome")
            .Text(72, 600, "The chair welcomed everyone and opened the meeting at seven.")
            .Build();

        var doc = Extract(pdf);
        var table = Assert.Single(Content(doc).OfType<TableBlock>());
        var record = new MinutesIngest.Core.Parsing.MinutesParser().Parse(doc);

        Assert.Equal("Ann Quill\nBen Royle (County)\nCara Sedgwick\nDev Tait", table.Rows[0].Cells[1].Text);
        Assert.Equal(["Ann Quill AQ", "Ben Royle BR", "Cara Sedgwick CS", "Dev Tait DT", "Eve Ulley EU", "Fay Vance FV", "Gil Wynn GW"],
            record.Attendance.Select(a => a.Name + " " + a.Abbreviation).ToArray());
    }

    [Fact]
    public void TableRowContinuedOnTheNextPageIsMergedIntoOneTable()
    {
        var pdf = new SyntheticPdf()
            .Page()
            .Text(72, 200, "Company").Text(230, 200, "Name").Text(380, 200, "Role")
            .Text(72, 186, "Acme Ltd").Text(230, 186, "Jane Smith").Text(380, 186, "Voting Member")
            .Text(72, 172, "Widget plc").Text(230, 172, "Tom Brown").Text(380, 172, "Voting")
            .Page()
            .Text(380, 740, "Member")
            .Text(72, 726, "Gadget Inc").Text(230, 726, "Ann Lee").Text(380, 726, "Observer")
            .Text(72, 690, "The meeting closed at nine with thanks to everyone who attended.")
            .Build();

        var doc = Extract(pdf);
        var table = Assert.Single(doc.Blocks.OfType<TableBlock>());

        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["Widget plc", "Tom Brown", "Voting Member"], table.Rows[2].Cells.Select(c => c.Text));
        Assert.Equal(["Gadget Inc", "Ann Lee", "Observer"], table.Rows[3].Cells.Select(c => c.Text));
        Assert.Single(doc.Blocks.OfType<PageBreakBlock>());
        Assert.Contains(doc.Blocks.OfType<ParagraphBlock>(), p => p.Page == 2 && p.Text.StartsWith("The meeting closed"));
    }

    [Fact]
    public void RemovedRunningLinesAreKeptAsTextInTheDocumentProperties()
    {
        // The letterhead printed on every page still says whose document it is, once it is out of the text.
        var doc = new SyntheticPdf();
        for (var n = 1; n <= 2; n++)
            doc.Page()
                .Text(72, 760, "Example Garden Society", 9)
                .Paragraph(72, 700, 460, Bodies[n - 1])
                .Text(72, 40, "Example Garden Society - Committee Minutes", 8);

        var result = Extract(doc.Build());

        Assert.Equal("Example Garden Society", result.Properties["running_header"]);
        Assert.Equal("Example Garden Society - Committee Minutes", result.Properties["running_footer"]);
    }

    [Fact]
    public void TableWhoseHeaderLeavesTheFirstColumnBlankKeepsThatColumn()
    {
        // An action table under an "Actions" title heads only the owner and due columns; the tasks stand in a third, unheaded one.
        var doc = new SyntheticPdf().Page()
            .Text(72, 720, "ACTIONS", 12, bold: true)
            .Text(300, 690, "Responsible Person").Text(460, 690, "Due Date")
            .Text(72, 670, "Continue working on the plan").Text(320, 670, "All").Text(470, 670, "N/A")
            .Text(72, 650, "Discuss the web frameworks (two").Text(300, 650, "Ann Lee").Text(470, 650, "N/A")
            .Text(72, 636, "or three)")
            .Text(72, 616, "Finalise the drawing tool").Text(300, 616, "Ben Royle").Text(470, 616, "16/08/20");

        var table = Assert.Single(Extract(doc.Build()).Blocks.OfType<TableBlock>());

        Assert.Equal(["", "Responsible Person", "Due Date"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["Continue working on the plan", "All", "N/A"], table.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal("Ben Royle", table.Rows[^1].Cells[1].Text);
        Assert.Equal("Finalise the drawing tool", table.Rows[^1].Cells[0].Text);
    }

    [Fact]
    public void NumberedHeadingAtTheFootOfEveryPageIsKept()
    {
        // Weekly minutes printed one meeting to a page put the same numbered heading at each page's foot: minutes, not a footer.
        var doc = new SyntheticPdf();
        for (var n = 1; n <= 3; n++)
            doc.Page()
                .Paragraph(72, 700, 460, Bodies[n - 1])
                .Text(72, 60, "4. Main conclusions and plans:", 11)
                .Text(72, 30, $"Page {n}", 9);

        var text = AllText(Extract(doc.Build()));

        Assert.Equal(3, text.Split("4. Main conclusions and plans:").Length - 1);
        Assert.DoesNotContain("Page 2", text);
    }

    [Fact]
    public void RunningLinesMeasuredAtSlightlyDifferentSizesAreStillRemoved()
    {
        // OCR measures the same small footer at 8 pt on one page and 9 pt on the next; a table ending page 1 must
        // still be the last thing on it, or its continuation on page 2 is not recognised.
        var doc = new SyntheticPdf();
        for (var n = 1; n <= 3; n++)
            doc.Page()
                .Text(72, 760, "Upper Wyndham Parish Council", n == 2 ? 8 : 9)
                .Paragraph(72, 700, 460, Bodies[n - 1])
                .Text(150, 40, $"Minutes 8 September 2025 - Page {n} of 3", n == 2 ? 8 : 9);

        var text = AllText(Extract(doc.Build()));

        Assert.DoesNotContain("Upper Wyndham", text);
        Assert.DoesNotContain("Minutes 8 September", text);
        foreach (var body in Bodies) Assert.Contains(body, text);
    }

    [Fact]
    public void TitleRepeatingTheRunningHeaderInAFarLargerSizeIsKept()
    {
        var doc = new SyntheticPdf();
        for (var n = 1; n <= 2; n++)
            doc.Page()
                .Text(72, 760, "Upper Wyndham Parish Council", n == 1 ? 16 : 9)
                .Paragraph(72, 700, 460, Bodies[n - 1]);

        var text = AllText(Extract(doc.Build()));

        Assert.StartsWith("Upper Wyndham Parish Council", text);
    }

    [Fact]
    public void FirstColumnCellCutByThePageEndGoesOnAfterTheRepeatedHeaderRow()
    {
        var pdf = new SyntheticPdf()
            .Page()
            .Text(72, 200, "Action").Text(260, 200, "Owner").Text(380, 200, "Due")
            .Text(72, 186, "Share the sampling method").Text(260, 186, "HM").Text(380, 186, "31/10/2024")
            .Text(72, 172, "Draft a statement on handcuffing of").Text(260, 172, "JO/SW").Text(380, 172, "15/11/2024")
            .Page()
            .Text(72, 740, "Action").Text(260, 740, "Owner").Text(380, 740, "Due")
            .Text(72, 726, "compliant children")
            .Text(72, 712, "Provide the retention policy").Text(260, 712, "PQ").Text(380, 712, "end of October")
            .Build();

        var table = Assert.Single(Extract(pdf).Blocks.OfType<TableBlock>());

        Assert.Equal(
            [
                ["Action", "Owner", "Due"],
                ["Share the sampling method", "HM", "31/10/2024"],
                ["Draft a statement on handcuffing of compliant children", "JO/SW", "15/11/2024"],
                ["Provide the retention policy", "PQ", "end of October"],
            ],
            table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray());
    }

    [Fact]
    public void ItemHeadingUnderATableStartingInItsFirstColumnIsNotARow()
    {
        var pdf = new SyntheticPdf().Page()
            .Text(60, 700, "Name").Text(230, 700, "Title").Text(390, 700, "Status")
            .Text(60, 681, "Robert Hale").Text(230, 681, "Chairman").Text(390, 681, "Present")
            .Text(60, 662, "Linda Voss").Text(230, 662, "Vice Chairman").Text(390, 662, "Present")
            .Text(60, 634, "Item 1").Text(104, 634, "Call to Order")
            .Text(60, 614, "Chairman Hale called the meeting to order at 7:00 PM.")
            .Build();

        var doc = Extract(pdf);

        var table = Assert.Single(doc.Blocks.OfType<TableBlock>());
        Assert.Equal(3, table.Rows.Count);
        Assert.Contains(doc.Blocks, b => b is not TableBlock && BlockText.Of(b) == "Item 1 Call to Order");
    }

    [Fact]
    public void LineOpeningWithAFieldLabelStartsItsOwnParagraph()
    {
        // Set as one block of lines at the same spacing, the first running to the right margin, as a scan reads it.
        const string first = "Also present: Claire Hopwood (Foodbank Manager), Nasreen Akhtar (Volunteer Coordinator), Mr Victor";
        const string second = "Okonkwo (Treasurer), Priti Desai (PD), Tom Gallagher (TG), Rev. Ben Ashdown and Ms Joan Price";
        var pdf = new SyntheticPdf().Page()
            .Lines(72, 700, [first, second, "Apologies: Dr Hugh Fielding"], size: 10)
            .Build();

        var blocks = Content(Extract(pdf)).Select(BlockText.Of).ToList();

        Assert.Equal([first + " " + second, "Apologies: Dr Hugh Fielding"], blocks);
    }

    [Fact]
    public void RowsAreCutAtDrawnRulesSoWrappedCellsStayTogether()
    {
        var pdf = new SyntheticPdf().Page()
            .Rule(70, 500, 712)
            .Text(72, 700, "Company").Text(230, 700, "Name").Text(380, 700, "Role")
            .Rule(70, 500, 694)
            .Text(380, 682, "Voting")
            .Text(72, 668, "Acme Ltd").Text(230, 668, "Smith, Jane").Text(380, 668, "Member")
            .Rule(70, 500, 662)
            .Text(72, 650, "Widget plc").Text(230, 650, "Brown, Tom").Text(380, 650, "Chair")
            .Rule(70, 500, 644)
            .Build();

        var table = Assert.Single(Extract(pdf).Blocks.OfType<TableBlock>());

        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["Acme Ltd", "Smith, Jane", "Voting Member"], table.Rows[1].Cells.Select(c => c.Text));
    }

    [Theory]
    [InlineData("•")]
    [InlineData("x")]
    public void MarksInARollRuledOnlyUnderItsHeaderStayOnTheirOwnRows(string mark)
    {
        var pdf = new SyntheticPdf().Page()
            .Text(72, 730, "1 Attendance", 13, bold: true)
            .Rule(70, 500, 712)
            .Text(72, 700, "Name").Text(230, 700, "Present").Text(330, 700, "Absent").Text(430, 700, "Note")
            .Rule(70, 500, 694)
            .Text(72, 682, "Ann Quill").Text(240, 682, mark)
            .Text(72, 668, "Ben Royle").Text(340, 668, mark)
            .Text(72, 654, "Cara Sedgwick").Text(240, 654, mark)
            .Rule(70, 500, 646)
            .Text(72, 634, "Total").Text(240, 634, "2").Text(340, 634, "1")
            .Rule(70, 500, 628)
            .Text(72, 600, "2 Minutes", 13, bold: true)
            .Text(72, 580, "The minutes of the last meeting were approved as a true record.")
            .Build();

        var doc = Extract(pdf);
        var table = Assert.Single(doc.Blocks.OfType<TableBlock>());
        var record = new MinutesIngest.Core.Parsing.MinutesParser().Parse(doc);

        Assert.Equal(["Ben Royle", "", mark, ""], table.Rows[2].Cells.Select(c => c.Text));
        Assert.Equal(["Ann Quill present", "Ben Royle absent", "Cara Sedgwick present"],
            record.Attendance.Select(a => a.Name + " " + a.Status).ToArray());
    }

    [Fact]
    public void BulletsBecomeListItemsAndNumbersStayInTheText()
    {
        var pdf = new SyntheticPdf().Page()
            .Text(72, 720, "6. Management Reports", 13, bold: true)
            .Text(72, 690, "6.1 Finance was presented by the treasurer.")
            .Text(72, 660, "•").Text(90, 660, "Income is ahead of budget")
            .Text(72, 646, "•").Text(90, 646, "Costs are on target")
            .Build();

        var blocks = Content(Extract(pdf)).ToList();

        var heading = Assert.IsType<HeadingBlock>(blocks[0]);
        Assert.Equal("6. Management Reports", heading.Text);
        Assert.Equal("6.1 Finance was presented by the treasurer.", Assert.IsType<ParagraphBlock>(blocks[1]).Text);
        var items = blocks.OfType<ListItemBlock>().ToList();
        Assert.Equal(["Income is ahead of budget", "Costs are on target"], items.Select(i => i.Text));
        Assert.All(items, i => Assert.Null(i.Number));
    }

    [Fact]
    public void BoldWordsWrappedFromABodyLineContinueItsParagraph()
    {
        // The first two lines fill the measure, so the wrapped third line (bold, as an action marker often is) goes on with them;
        // the bold line after a closed sentence and a gap is still a heading.
        var pdf = new SyntheticPdf().Page()
            .Text(72, 720, "The members discussed the summer programme at length and agreed that the")
            .Text(72, 706, "village hall should be booked for the fete, the quiz night and the annual")
            .Text(72, 692, "dinner. Action: Ann Lee by 3 May", bold: true)
            .Text(72, 660, "Correspondence", bold: true)
            .Text(72, 640, "A letter from the district council about grass cutting was noted by all members.")
            .Build();

        var blocks = Content(Extract(pdf)).ToList();

        var paragraph = Assert.IsType<ParagraphBlock>(blocks[0]);
        Assert.EndsWith("annual dinner. Action: Ann Lee by 3 May", paragraph.Text);
        Assert.Equal("Correspondence", Assert.IsType<HeadingBlock>(blocks[1]).Text);
    }

    [Fact]
    public void ActionTableWithBulletedFirstColumnStaysATable()
    {
        var pdf = new SyntheticPdf().Page()
            .Text(72, 700, "Action items").Text(330, 700, "Person responsible").Text(470, 700, "Deadline")
            .Text(76, 684, "•").Text(90, 684, "Research the demography of the county").Text(330, 684, "All team members").Text(470, 684, "April 8, 2022")
            .Text(76, 670, "•").Text(90, 670, "Discover usability problems within the app").Text(330, 670, "Sean O'Connor").Text(470, 670, "April 15, 2022")
            .Text(76, 656, "•").Text(90, 656, "Decide which of the websites to use next").Text(330, 656, "Cristina Hilario").Text(470, 656, "April 15, 2022")
            .Build();

        var table = Assert.Single(Content(Extract(pdf)).OfType<TableBlock>());

        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["Discover usability problems within the app", "Sean O'Connor", "April 15, 2022"], table.Rows[2].Cells.Select(c => c.Text));
    }

    [Fact]
    public void DashStartsAListItemOnlyBeforeACapitalisedWord()
    {
        var pdf = new SyntheticPdf().Page()
            .Text(72, 700, "Notes:")
            .Text(72, 686, "- Reviewed the contrast buttons.")
            .Text(72, 672, "- Noted minor layout issues.")
            .Text(72, 640, "All participants recorded their attendance on the calendar page")
            .Text(72, 626, "- quorum was reached and the meeting went ahead as planned.")
            .Build();

        var blocks = Content(Extract(pdf)).ToList();

        Assert.Equal(["Reviewed the contrast buttons.", "Noted minor layout issues."], blocks.OfType<ListItemBlock>().Select(i => i.Text));
        Assert.Contains(blocks.OfType<ParagraphBlock>(), p => p.Text == "All participants recorded their attendance on the calendar page - quorum was reached and the meeting went ahead as planned.");
    }

    [Fact]
    public void SmallTextBesideALargeTitleKeepsItsOwnLine()
    {
        var pdf = new SyntheticPdf().Page()
            .Text(50, 719, "Team Meeting", 24, bold: true)
            .Text(505, 732.7, "April 8, 2022", 9.5)
            .Text(542, 715.8, "2PM", 9.5)
            .Text(72, 660, "The meeting started on time in the campus centre.")
            .Build();

        var texts = Content(Extract(pdf)).Select(BlockText.Of).ToList();

        Assert.Contains("Team Meeting", texts);
        Assert.Contains(texts, t => t.StartsWith("April 8, 2022"));
        Assert.DoesNotContain(texts, t => t.Contains("Meeting April") || t.Contains("Meeting 2PM"));
    }

    [Fact]
    public void ItemNumberPrintedOnItsOwnLineIsJoinedToItsTitle()
    {
        var pdf = new SyntheticPdf().Page()
            .Text(120, 700, "Appointment of Auditor", 11, bold: true)
            .Text(76, 687, "6.", 11, bold: true)
            .Text(120, 674, "The members were asked to consider the appointment of the auditor.")
            .Build();

        var blocks = Content(Extract(pdf)).ToList();

        Assert.Equal("6. Appointment of Auditor", BlockText.Of(blocks[0]));
        Assert.DoesNotContain(blocks, b => BlockText.Of(b) == "6.");
    }

    [Fact]
    public void MarginInitialsAreCarriedByTheParagraphTheySitBeside()
    {
        const double width = 420;
        var pdf = new SyntheticPdf().Page()
            .Text(520, 740, "Action")
            .Paragraph(72, 710, width, "The general manager presented the report and highlighted that the six monthly reports will be ready for the next meeting of the board in November when all of the directors will be able to read them in good time.")
            .Text(540, 696, "AW/NS", 9)
            .Paragraph(72, 640, width, "A trip to see the new library in the city will be arranged by the clerk to the board after the next meeting has taken place and the dates are known.")
            .Text(540, 626, "NS", 9)
            .Paragraph(72, 580, width, "The board thanked the staff for all of their hard work during this year and the chair closed the meeting with thanks to everyone who had come along to it.")
            .Build();

        var blocks = Content(Extract(pdf)).ToList();
        var noted = blocks.Where(b => b.MarginNote != null).ToList();

        Assert.DoesNotContain(blocks, b => b is TableBlock);
        Assert.Equal(2, noted.Count);
        Assert.StartsWith("The general manager presented", BlockText.Of(noted[0]));
        Assert.EndsWith("read them in good time.", BlockText.Of(noted[0]));
        Assert.Equal("AW/NS", noted[0].MarginNote);
        Assert.StartsWith("A trip to see", BlockText.Of(noted[1]));
        Assert.Equal("NS", noted[1].MarginNote);
        Assert.Contains(blocks.OfType<ParagraphBlock>(), p => p.Text.StartsWith("The board thanked the staff") && p.MarginNote == null);
    }

    [Fact]
    public void NoteSetFlushRightAfterAShortLastLineIsTheParagraphsMarginNote()
    {
        // Word processors put the owner on a right tab stop, so it ends where full lines of prose end rather than in a
        // column of its own beyond them.
        var pdf = new SyntheticPdf().Page()
            .Paragraph(72, 740, 420, "The members discussed the state of the verge beside the school, which is overgrown again after the wet summer and blocks the view of drivers at the junction.")
            .Paragraph(72, 690, 420, "The clerk was asked to write to the highways department about the verge beside the school and to ask when it will be cut back.")
            .Text(462, 676, "Clerk")
            .Paragraph(72, 640, 420, "The chair thanked the members for their reports on the state of the footpaths around the village during the last month.")
            .Build();

        var asked = Content(Extract(pdf)).Single(b => BlockText.Of(b).Contains("The clerk was asked"));

        Assert.Equal("Clerk", asked.MarginNote);
        Assert.EndsWith("cut back.", BlockText.Of(asked));
    }

    public static TheoryData<string, string, string?> MarginNotes() => new()
    {
        { "a role", "Clerk", "Clerk" },
        { "councillors by name", "Cllrs A Grey and B Lowe", "Cllrs A Grey and B Lowe" },
        { "a remark is carried too: the parser decides what it means", "Noted", "Noted" },
        { "a right-aligned page number stays text", "Page 3", null },
        { "a sum stays text", "£120", null },
    };

    [Theory]
    [MemberData(nameof(MarginNotes))]
    public void ShortWordsFarRightOfAParagraphsLastLineAreItsMarginNote(string name, string note, string? expected)
    {
        var pdf = new SyntheticPdf().Page()
            .Paragraph(72, 740, 420, "The members discussed the state of the verge beside the school, which is overgrown again after the wet summer and blocks the view of drivers at the junction.")
            .Paragraph(72, 690, 420, "The clerk was asked to write to the highways department about the verge and to ask when it will next be cut back.")
            .Text(520, 676, note)
            .Paragraph(72, 640, 420, "The chair thanked the members for their reports on the state of the footpaths around the village during the last month.")
            .Build();

        var doc = Extract(pdf);
        var asked = Content(doc).Single(b => BlockText.Of(b).Contains("The clerk was asked"));

        Assert.True(expected == asked.MarginNote, $"{name}: note [{asked.MarginNote}] on [{BlockText.Of(asked)}]");
        if (expected != null) Assert.DoesNotContain(note, BlockText.Of(asked));
        else Assert.Contains(note, AllText(doc));
    }

    [Fact]
    public void ATableWithAShortRightColumnStaysATable()
    {
        var pdf = new SyntheticPdf().Page()
            .Paragraph(72, 740, 420, "The members discussed the contracts that come up for renewal this year and who will look after each of them until the next annual meeting.")
            .Text(72, 680, "Hall hire for spring").Text(520, 680, "Treasurer")
            .Text(72, 666, "Grass cutting contract").Text(520, 666, "Clerk")
            .Text(72, 652, "Insurance renewal").Text(520, 652, "Chair")
            .Build();

        var blocks = Content(Extract(pdf)).ToList();

        Assert.DoesNotContain(blocks, b => b.MarginNote != null);
        Assert.Contains(blocks.OfType<TableBlock>(), t => t.Rows.Any(r => r.Cells.Count == 2 && r.Cells[1].Text == "Clerk"));
    }

    [Fact]
    public void SentenceCutByThePageEndIsJoinedWithItsRest()
    {
        var pdf = new SyntheticPdf()
            .Page().Paragraph(72, 120, 440, "The treasurer explained that the charge has not been increased for three years and that there will be")
            .Page().Paragraph(72, 740, 440, "negotiations with the county in the next few months.")
            .Text(72, 700, "The chair thanked the treasurer.")
            .Build();

        var blocks = Extract(pdf).Blocks;

        Assert.Collection(blocks,
            b => Assert.Equal("The treasurer explained that the charge has not been increased for three years and that there will be negotiations with the county in the next few months.", BlockText.Of(b)),
            b => Assert.IsType<PageBreakBlock>(b),
            b => Assert.Equal((2, "The chair thanked the treasurer."), (b.Page, BlockText.Of(b))));
    }

    [Fact]
    public void EveryBlockHasItsPageAndAPageBreakStartsEachLaterPage()
    {
        var pdf = new SyntheticPdf()
            .Page().Text(72, 700, "First page text.")
            .Page().Text(72, 700, "Second page text.")
            .Build();

        var doc = Extract(pdf);

        Assert.Equal("pdf", doc.Format);
        Assert.Equal(2, doc.PageCount);
        Assert.Collection(doc.Blocks,
            b => Assert.Equal((1, "First page text."), (b.Page, BlockText.Of(b))),
            b => Assert.IsType<PageBreakBlock>(b),
            b => Assert.Equal((2, "Second page text."), (b.Page, BlockText.Of(b))));
        Assert.All(doc.Blocks.Where(b => b is not PageBreakBlock), b => Assert.NotNull(b.Bounds));
    }

    [Fact]
    public void PdfWithoutTextLayerIsRejectedAsNoText()
    {
        var png = Convert.FromBase64String(OnePixelPng);
        var pdf = new SyntheticPdf().Page().Png(png, 72, 72, 400, 600).Build();

        var error = Assert.Throws<ExtractionException>(() => Extract(pdf));

        Assert.Equal("no_text", error.Reason);
    }

    [Fact]
    public void BlankScannedPageAddsNoTextAndSidewaysTextIsKept()
    {
        var png = Convert.FromBase64String(OnePixelPng);
        var pdf = new SyntheticPdf()
            .Page().Text(72, 700, "Typed first page of the minutes.")
            .Page().Png(png, 72, 72, 400, 600)
            .Page().SidewaysText(500, 100, "Landscape appendix printed sideways.")
            .Build();

        var doc = Extract(pdf);

        Assert.Equal(3, doc.PageCount);
        Assert.Collection(doc.Blocks,
            b => Assert.Equal((1, "Typed first page of the minutes."), (b.Page, BlockText.Of(b))),
            b => Assert.Equal((2, typeof(PageBreakBlock)), (b.Page, b.GetType())),
            b => Assert.Equal((3, typeof(PageBreakBlock)), (b.Page, b.GetType())),
            b => Assert.Equal((3, "Landscape appendix printed sideways."), (b.Page, BlockText.Of(b))));
    }

    [Fact]
    public void EncryptedFilesAreRejectedAsEncrypted()
    {
        var error = Assert.Throws<ExtractionException>(() => Extract(MinutesIngest.HostileCorpus.PdfBytes.Encrypted()));

        Assert.Equal("encrypted", error.Reason);
    }

    [Theory]
    [InlineData("%PDF-1.4\nthis is not really a pdf at all")]
    [InlineData("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF")]
    public void BrokenFilesAreRejectedAsCorrupt(string content)
    {
        var error = Assert.Throws<ExtractionException>(() => Extract(System.Text.Encoding.ASCII.GetBytes(content)));

        Assert.Equal("corrupt", error.Reason);
    }
}
