using System.IO.Compression;
using DocumentFormat.OpenXml;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction;
using MinutesIngest.Core.Extraction.Docx;
using static MinutesIngest.Core.Tests.Extraction.Docx.DocxFixture;

namespace MinutesIngest.Core.Tests.Extraction.Docx;

public class DocxExtractorTests
{
    private static string Run(string inner) => $"<w:r>{inner}</w:r>";
    private static string Para(params string[] runs) => "<w:p>" + string.Concat(runs) + "</w:p>";
    private static string T(string text) => $"<w:t xml:space=\"preserve\">{text}</w:t>";

    [Theory]
    [InlineData("<w:r><w:t>Apologies:</w:t><w:tab/><w:t>J. Smith</w:t></w:r>", "Apologies:\tJ. Smith")]
    [InlineData("<w:r><w:t>Line one</w:t><w:br/><w:t>Line two</w:t></w:r>", "Line one\nLine two")]
    [InlineData("<w:r><w:t>kept</w:t></w:r><w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText> deleted</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t xml:space=\"preserve\"> inserted</w:t></w:r></w:ins>", "kept inserted")]
    [InlineData("<w:r><w:t xml:space=\"preserve\">Page </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>", "Page 3")]
    [InlineData("<w:fldSimple w:instr=\" DATE \"><w:r><w:t>1 May 2024</w:t></w:r></w:fldSimple>", "1 May 2024")]
    [InlineData("<w:hyperlink w:anchor=\"x\"><w:r><w:t>linked</w:t></w:r></w:hyperlink><w:r><w:t xml:space=\"preserve\">  text  </w:t></w:r>", "linked text")]
    [InlineData("<w:r><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:t xml:space=\"preserve\"> point</w:t></w:r>", "• point")]
    [InlineData("<w:r><w:t>co</w:t><w:noBreakHyphen/><w:t>op</w:t></w:r>", "co-op")]
    [InlineData("<w:r><w:t xml:space=\"preserve\">shown </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:r><w:t>end</w:t></w:r>", "shown end")]
    public void ReadsTheDisplayedTextOfRuns(string runs, string expected)
    {
        var doc = new DocxFixture { Body = "<w:p>" + runs + "</w:p>" }.Extract();
        Assert.Equal([new ParagraphBlock(expected)], doc.Blocks);
    }

    [Fact]
    public void HeadingsComeFromStylesTheirBasedOnChainAndOutlineLevels()
    {
        var doc = new DocxFixture
        {
            Styles = """
                <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
                <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
                <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
                <w:style w:type="paragraph" w:styleId="ItemHeading"><w:name w:val="Item Heading"/><w:basedOn w:val="Heading2"/></w:style>
                <w:style w:type="paragraph" w:styleId="Kop3"><w:name w:val="Kop 3"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
                """,
            Body = P("Minutes", style: "Title") + P("Apologies", style: "Heading2") + P("Finance", style: "ItemHeading")
                + P("Budget", style: "Kop3") + P("Body text")
                + "<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>Direct outline</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/><w:outlineLvl w:val=\"9\"/></w:pPr><w:r><w:t>Demoted</w:t></w:r></w:p>",
        }.Extract();
        Assert.Equal<Block>(
            [new HeadingBlock(1, "Minutes"), new HeadingBlock(2, "Apologies"), new HeadingBlock(2, "Finance"),
             new HeadingBlock(3, "Budget"), new ParagraphBlock("Body text"), new HeadingBlock(1, "Direct outline"), new ParagraphBlock("Demoted")],
            doc.Blocks);
    }

    [Fact]
    public void NumberedHeadingsCarryTheirNumberInTheText()
    {
        var doc = new DocxFixture
        {
            Styles = """<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>""",
            Numbering = AbstractNum(0, Lvl(0, "decimal", "%1.")) + Num(1, 0),
            Body = P("Welcome", style: "Heading1") + P("Apologies", style: "Heading1"),
        }.Extract();
        Assert.Equal<Block>([new HeadingBlock(1, "1. Welcome"), new HeadingBlock(1, "2. Apologies")], doc.Blocks);
    }

    [Fact]
    public void EmptyParagraphsAreSkipped()
    {
        var doc = new DocxFixture { Body = P("") + Para(Run("<w:tab/>")) + P("text") + Para(Run(T("   "))) }.Extract();
        Assert.Equal([new ParagraphBlock("text")], doc.Blocks);
    }

    [Fact]
    public void TablesPlaceCellsOnTheGridWithSpansAndMerges()
    {
        static string Tc(string text, string props = "") => $"<w:tc><w:tcPr>{props}</w:tcPr>{P(text)}</w:tc>";
        const string span2 = "<w:gridSpan w:val=\"2\"/>";
        const string restart = "<w:vMerge w:val=\"restart\"/>";
        const string cont = "<w:vMerge/>";
        var body = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
            + "<w:tr>" + Tc("Topic", span2) + Tc("Owner") + "</w:tr>"
            + "<w:tr>" + Tc("Budget", restart) + Tc("Draft") + Tc("Ann") + "</w:tr>"
            + "<w:tr>" + Tc("", cont) + Tc("Approve") + Tc("Bob") + "</w:tr>"
            + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + Tc("Note", span2) + "</w:tr>"
            + "</w:tbl>";
        var table = Assert.IsType<TableBlock>(Assert.Single(new DocxFixture { Body = body }.Extract().Blocks));

        Assert.Equal(3, table.ColumnCount);
        Assert.All(table.Rows, r => Assert.Equal(3, r.Cells.Sum(c => c.ColumnSpan)));
        Assert.Equal(["Topic", "Owner"], table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(2, table.Rows[0].Cells[0].ColumnSpan);
        Assert.Equal(("Budget", 2), (table.Rows[1].Cells[0].Text, table.Rows[1].Cells[0].RowSpan));
        Assert.Equal(["", "Approve", "Bob"], table.Rows[2].Cells.Select(c => c.Text));
        Assert.Empty(table.Rows[2].Cells[0].Content);
        Assert.Equal(["", "Note"], table.Rows[3].Cells.Select(c => c.Text));
        Assert.Equal([1, 2], table.Rows[3].Cells.Select(c => c.ColumnSpan));
    }

    [Fact]
    public void NestedTablesAreFlattenedIntoTheCell()
    {
        var nested = "<w:tbl><w:tr><w:tc>" + P("Ann") + "</w:tc><w:tc>" + P("Chair") + "</w:tc></w:tr>"
            + "<w:tr><w:tc>" + P("Bob") + "</w:tc><w:tc>" + P("Clerk") + "</w:tc></w:tr></w:tbl>";
        var body = "<w:tbl><w:tr><w:tc>" + P("Present:") + nested + P("") + "</w:tc></w:tr></w:tbl>";
        var table = Assert.IsType<TableBlock>(Assert.Single(new DocxFixture { Body = body }.Extract().Blocks));
        Assert.Equal<Block>(
            [new ParagraphBlock("Present:"), new ParagraphBlock("Ann | Chair"), new ParagraphBlock("Bob | Clerk")],
            table.Rows[0].Cells[0].Content);
    }

    [Fact]
    public void ContentControlsAreReadThrough()
    {
        var body = "<w:sdt><w:sdtPr/><w:sdtContent>" + P("Inside control") + "</w:sdtContent></w:sdt>"
            + "<w:p><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>Inline control</w:t></w:r></w:sdtContent></w:sdt></w:p>";
        Assert.Equal<Block>([new ParagraphBlock("Inside control"), new ParagraphBlock("Inline control")],
            new DocxFixture { Body = body }.Extract().Blocks);
    }

    [Fact]
    public void TextBoxesAreReadOnceAfterTheirAnchor()
    {
        const string box = "<w:txbxContent><w:p><w:r><w:t>Boxed title</w:t></w:r></w:p></w:txbxContent>";
        var anchor = "<w:p><w:r><w:t xml:space=\"preserve\">Anchor </w:t></w:r><w:r>"
            + "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" xmlns:v=\"urn:schemas-microsoft-com:vml\">"
            + $"<mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
            + $"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
            + "</mc:AlternateContent></w:r><w:r><w:t>line</w:t></w:r></w:p>";
        var doc = new DocxFixture { Body = anchor + P("after") }.Extract();
        Assert.Equal<Block>([new ParagraphBlock("Anchor line"), new ParagraphBlock("Boxed title"), new ParagraphBlock("after")], doc.Blocks);
    }

    [Fact]
    public void DeeplyNestedTablesKeepTheirWords()
    {
        var body = P("innermost");
        for (var i = 0; i < 40; i++) body = "<w:tbl><w:tr><w:tc>" + body + "</w:tc></w:tr></w:tbl>";
        body += P("after");
        var doc = new DocxFixture { Body = body }.Extract();
        Assert.Contains("innermost", BlockText.Of(doc.Blocks[0]));
        Assert.Equal(new ParagraphBlock("after"), doc.Blocks[1]);
    }

    [Fact]
    public void HeaderAndFooterStayOutOfTheBody()
    {
        var doc = new DocxFixture
        {
            Header = P("Parish Council – confidential"),
            Footer = P("Page footer text"),
            Title = "Minutes of the March meeting",
            Body = P("Present: all"),
        }.Extract();
        Assert.Equal([new ParagraphBlock("Present: all")], doc.Blocks);
        Assert.Equal("Parish Council – confidential", doc.Properties["header"]);
        Assert.Equal("Page footer text", doc.Properties["footer"]);
        Assert.Equal("Minutes of the March meeting", doc.Properties["title"]);
    }

    [Fact]
    public void ExplicitPageBreaksCountPages()
    {
        var body = P("one") + Para(Run(T("two")), Run("<w:br w:type=\"page\"/>")) + P("three")
            + Para(Run("<w:br w:type=\"page\"/>"), Run(T("four")))
            + "<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>five</w:t></w:r></w:p>";
        var doc = new DocxFixture { Body = body }.Extract();
        Assert.Equal(4, doc.PageCount);
        Assert.Equal(
            ["1 P one", "1 P two", "2 Break", "2 P three", "3 Break", "3 P four", "4 Break", "4 P five"],
            doc.Blocks.Select(b => b.Page + " " + (b is PageBreakBlock ? "Break" : "P " + BlockText.Of(b))));
    }

    [Fact]
    public void MacroEnabledDocumentsAreRead()
    {
        var doc = new DocxFixture { Type = WordprocessingDocumentType.MacroEnabledDocument, Body = P("macro body") }.Extract();
        Assert.Equal([new ParagraphBlock("macro body")], doc.Blocks);
    }

    public static TheoryData<string, byte[]> CorruptInputs() => new()
    {
        { "truncated", new DocxFixture { Body = P("x") }.Build()[..200] },
        { "zip without a document", ZipWith("readme.txt", "hello") },
        { "zip with broken document xml", ZipWith("word/document.xml", "<w:document") },
        { "package with malformed document xml", Replace(new DocxFixture { Body = P("x") }.Build(), "word/document.xml", "<w:document><w:body>") },
    };

    [Theory]
    [MemberData(nameof(CorruptInputs))]
    public void UnreadablePackagesAreCorrupt(string what, byte[] content)
    {
        var e = Assert.Throws<ExtractionException>(() => new DocxExtractor().Extract(content, what + ".docx"));
        Assert.Equal("corrupt", e.Reason);
    }

    [Fact]
    public void PartsOverTheCharacterLimitAreTooLarge()
    {
        var content = new DocxFixture { Body = string.Concat(Enumerable.Repeat(P("filler text"), 200)) }.Build();
        var e = Assert.Throws<ExtractionException>(() => new DocxExtractor(maxCharactersInPart: 2_000).Extract(content, "big.docx"));
        Assert.Equal("too_large", e.Reason);
    }

    // Word and LibreOffice open a package whose relationships name a part that is not there; so must we.
    [Theory]
    [InlineData("word/footer1.xml", null)]
    [InlineData("word/theme/theme1.xml", "word/_rels/document.xml.rels|http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme|theme/theme1.xml")]
    [InlineData("docProps/app.xml", "_rels/.rels|http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties|docProps/app.xml")]
    public void MissingOptionalPartsAreWarningsNotFailures(string missing, string? relationship)
    {
        var package = new DocxFixture { Body = P("Present: A. Lee"), Footer = P("page footer") }.Build();
        if (relationship?.Split('|') is [var rels, var type, var target]) package = AddRelationship(package, rels, type, target);
        package = Remove(package, missing);

        var doc = new DocxExtractor().Extract(package, "parts.docx");

        Assert.Equal([new ParagraphBlock("Present: A. Lee")], doc.Blocks);
        Assert.Contains(doc.Warnings, w => w.Contains(missing, StringComparison.Ordinal));
    }

    [Fact]
    public void APackageWithAllItsPartsHasNoWarnings() =>
        Assert.Empty(new DocxFixture { Body = P("Present: A. Lee"), Footer = P("page footer") }.Extract().Warnings);

    private static byte[] Remove(byte[] package, string entry)
    {
        using var ms = new MemoryStream();
        ms.Write(package);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
            zip.GetEntry(entry)?.Delete();
        return ms.ToArray();
    }

    private static byte[] AddRelationship(byte[] package, string relsEntry, string type, string target)
    {
        using var ms = new MemoryStream();
        ms.Write(package);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(relsEntry)!;
            string xml;
            using (var r = new StreamReader(entry.Open())) xml = r.ReadToEnd();
            entry.Delete();
            xml = xml.Replace("</Relationships>", $"<Relationship Id=\"rIdAdded\" Type=\"{type}\" Target=\"{target}\"/></Relationships>");
            using var w = new StreamWriter(zip.CreateEntry(relsEntry).Open());
            w.Write(xml);
        }
        return ms.ToArray();
    }

    private static byte[] Replace(byte[] package, string entry, string text)
    {
        using var ms = new MemoryStream();
        ms.Write(package);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(entry)!.Delete();
            using var w = new StreamWriter(zip.CreateEntry(entry).Open());
            w.Write(text);
        }
        return ms.ToArray();
    }

    private static byte[] ZipWith(string entry, string text)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        using (var w = new StreamWriter(zip.CreateEntry(entry).Open())) w.Write(text);
        return ms.ToArray();
    }
}
