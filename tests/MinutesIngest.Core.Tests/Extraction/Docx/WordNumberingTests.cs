using MinutesIngest.Core.Documents;
using static MinutesIngest.Core.Tests.Extraction.Docx.DocxFixture;

namespace MinutesIngest.Core.Tests.Extraction.Docx;

public class WordNumberingTests
{
    private static readonly string Decimal3 = AbstractNum(0,
        Lvl(0, "decimal", "%1"), Lvl(1, "decimal", "%1.%2"), Lvl(2, "decimal", "%1.%2.%3"));

    private static List<string?> Numbers(DocxFixture fixture) => ListItems(fixture.Extract()).Select(li => li.Number).ToList();

    [Fact]
    public void MultiLevelDecimalRendersParentCounters()
    {
        var doc = new DocxFixture
        {
            Numbering = Decimal3 + Num(1, 0),
            Body = P("A", 1, 0) + P("B", 1, 1) + P("C", 1, 1) + P("D", 1, 0) + P("E", 1, 1) + P("F", 1, 2),
        }.Extract();
        var items = ListItems(doc);
        Assert.Equal(["1", "1.1", "1.2", "2", "2.1", "2.1.1"], items.Select(i => i.Number));
        Assert.Equal([0, 1, 1, 0, 1, 2], items.Select(i => i.Level));
        Assert.Equal(["A", "B", "C", "D", "E", "F"], items.Select(i => i.Text));
    }

    [Fact]
    public void StartOverrideOnSecondNumIdRestartsTheList()
    {
        var fixture = new DocxFixture
        {
            Numbering = Decimal3 + Num(1, 0)
                + Num(2, 0, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>"),
            Body = P("a", 1, 0) + P("b", 1, 0) + P("c", 2, 0) + P("d", 2, 0),
        };
        Assert.Equal(["1", "2", "1", "2"], Numbers(fixture));
    }

    [Fact]
    public void TwoNumsOnOneAbstractNumContinueOneList()
    {
        var fixture = new DocxFixture
        {
            Numbering = Decimal3 + Num(1, 0) + Num(2, 0),
            Body = P("a", 1, 0) + P("b", 1, 0) + P("c", 2, 0) + P("d", 1, 0),
        };
        Assert.Equal(["1", "2", "3", "4"], Numbers(fixture));
    }

    [Fact]
    public void NumberingComesThroughTheParagraphStyleAndItsBasedOnChain()
    {
        var fixture = new DocxFixture
        {
            Numbering = AbstractNum(0, Lvl(0, "decimal", "%1."), Lvl(1, "lowerLetter", "%2)")) + Num(1, 0),
            Styles = """
                <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
                <w:style w:type="paragraph" w:styleId="Agenda"><w:name w:val="Agenda"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
                <w:style w:type="paragraph" w:styleId="AgendaSub"><w:name w:val="Agenda Sub"/><w:basedOn w:val="Agenda"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
                """,
            Body = P("one", style: "Agenda") + P("sub", style: "AgendaSub") + P("two", style: "Agenda")
                + P("plain") + P("switched off", numId: 0, style: "Agenda"),
        };
        var doc = fixture.Extract();
        Assert.Equal(["1.", "a)", "2."], ListItems(doc).Select(i => i.Number));
        Assert.Contains(doc.Blocks, b => b is ParagraphBlock { Text: "switched off" });
        Assert.Contains(doc.Blocks, b => b is ParagraphBlock { Text: "plain" });
    }

    [Fact]
    public void NumStyleLinkIsFollowedToTheDefinitionThatHoldsTheLevels()
    {
        var fixture = new DocxFixture
        {
            Numbering = """
                <w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="MinutesOutline"/></w:abstractNum>
                <w:abstractNum w:abstractNumId="1"><w:styleLink w:val="MinutesOutline"/>
                  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
                  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2."/></w:lvl>
                </w:abstractNum>
                <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
                <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
                """,
            Styles = """
                <w:style w:type="numbering" w:styleId="MinutesOutline"><w:name w:val="Minutes Outline"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
                """,
            Body = P("a", 1, 0) + P("b", 1, 1) + P("c", 1, 1) + P("d", 1, 0),
        };
        Assert.Equal(["I.", "A.", "B.", "II."], Numbers(fixture));
    }

    [Fact]
    public void LetterAndRomanLevelsRenderInTheirFormats()
    {
        var fixture = new DocxFixture
        {
            Numbering = AbstractNum(0, Lvl(0, "decimal", "%1."), Lvl(1, "lowerLetter", "%2)"), Lvl(2, "lowerRoman", "(%3)"),
                Lvl(3, "upperLetter", "%4."), Lvl(4, "upperRoman", "%5.")) + Num(1, 0),
            Body = P("x", 1, 0) + P("x", 1, 1) + P("x", 1, 1) + P("x", 1, 2) + P("x", 1, 2) + P("x", 1, 2) + P("x", 1, 2)
                + P("x", 1, 3) + P("x", 1, 3) + P("x", 1, 4) + P("x", 1, 4) + P("x", 1, 4),
        };
        Assert.Equal(["1.", "a)", "b)", "(i)", "(ii)", "(iii)", "(iv)", "A.", "B.", "I.", "II.", "III."], Numbers(fixture));
    }

    [Fact]
    public void BulletLevelsHaveNoNumber()
    {
        var fixture = new DocxFixture
        {
            Numbering = AbstractNum(0, Lvl(0, "bullet", "\uF0B7"), Lvl(1, "bullet", "o")) + AbstractNum(1, Lvl(0, "decimal", "–"))
                + Num(1, 0) + Num(2, 1),
            Body = P("first", 1, 0) + P("nested", 1, 1) + P("dash", 2, 0),
        };
        var items = ListItems(fixture.Extract());
        Assert.All(items, i => Assert.Null(i.Number));
        Assert.Equal([0, 1, 0], items.Select(i => i.Level));
    }

    [Fact]
    public void LegalNumberingShowsParentLevelsInDecimal()
    {
        var fixture = new DocxFixture
        {
            Numbering = AbstractNum(0, Lvl(0, "upperRoman", "%1."), Lvl(1, "decimal", "%1.%2", extra: "<w:isLgl/>")) + Num(1, 0),
            Body = P("a", 1, 0) + P("b", 1, 0) + P("c", 1, 1),
        };
        Assert.Equal(["I.", "II.", "2.1"], Numbers(fixture));
    }

    [Fact]
    public void LevelRestartZeroKeepsCountingAcrossParents()
    {
        var fixture = new DocxFixture
        {
            Numbering = AbstractNum(0, Lvl(0, "decimal", "%1."), Lvl(1, "decimal", "%2)", extra: "<w:lvlRestart w:val=\"0\"/>")) + Num(1, 0),
            Body = P("a", 1, 0) + P("b", 1, 1) + P("c", 1, 1) + P("d", 1, 0) + P("e", 1, 1),
        };
        Assert.Equal(["1.", "1)", "2)", "2.", "3)"], Numbers(fixture));
    }

    [Fact]
    public void EmptyNumberedParagraphsAndTableParagraphsTakeNumbers()
    {
        var cell = "<w:tc>" + P("in table", 1, 0) + "</w:tc>";
        var fixture = new DocxFixture
        {
            Numbering = Decimal3 + Num(1, 0),
            Body = P("one", 1, 0) + P("", 1, 0) + $"<w:tbl><w:tr>{cell}</w:tr></w:tbl>" + P("four", 1, 0),
        };
        var items = ListItems(fixture.Extract());
        Assert.Equal(["1", "3", "4"], items.Select(i => i.Number));
        Assert.Equal(["one", "in table", "four"], items.Select(i => i.Text));
    }

    [Fact]
    public void OverrideLevelWithoutStartKeepsTheAbstractStart()
    {
        // Word writes one list per question, each starting at its own number, and overrides only the format.
        var fixture = new DocxFixture
        {
            Numbering = AbstractNum(0, Lvl(0, "decimal", "%1.", start: 7), Lvl(1, "decimal", "%2."))
                + Num(1, 0, "<w:lvlOverride w:ilvl=\"1\"><w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%2.\"/></w:lvl></w:lvlOverride>"),
            Body = P("question", 1, 0) + P("answer", 1, 1) + P("answer", 1, 1),
        };
        Assert.Equal(["7.", "a.", "b."], Numbers(fixture));
    }

    // The expected sequences below were checked against LibreOffice 7.4's rendering of the same XML.
    [Fact]
    public void StartOverrideAppliesWhenItsNumIdFirstAppearsThenCountersAreShared()
    {
        var fixture = new DocxFixture
        {
            Numbering = AbstractNum(0, Lvl(0, "decimal", "%1."), Lvl(1, "decimal", "%1.%2")) + Num(1, 0)
                + Num(2, 0, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride>"),
            Body = P("a", 1, 0) + P("b", 1, 0) + P("b1", 1, 1) + P("c", 2, 0) + P("c1", 2, 1) + P("d", 1, 0) + P("e", 2, 0) + P("f", 2, 1),
        };
        Assert.Equal(["1.", "2.", "2.1", "5.", "5.1", "6.", "7.", "7.1"], Numbers(fixture));
    }

    [Fact]
    public void LevelUsedBeforeItsParentCountsTheParentAsUsed()
    {
        var fixture = new DocxFixture
        {
            Numbering = AbstractNum(0, Lvl(0, "decimal", "%1."), Lvl(1, "decimal", "%1.%2")) + Num(1, 0),
            Body = P("x", 1, 1) + P("y", 1, 0) + P("z", 1, 1),
        };
        Assert.Equal(["1.1", "2.", "2.1"], Numbers(fixture));
    }

    [Fact]
    public void LevelWithoutStartCountsFromZero()
    {
        var fixture = new DocxFixture
        {
            Numbering = AbstractNum(0, Lvl(0, "decimal", "%1.", start: null), Lvl(1, "lowerLetter", "%2)", start: null)) + Num(1, 0),
            Body = P("first", 1, 0) + P("sub", 1, 1) + P("second", 1, 0),
        };
        Assert.Equal(["0.", "0)", "1."], Numbers(fixture));
    }

    [Fact]
    public void UnknownNumIdIsNotAList()
    {
        var doc = new DocxFixture { Numbering = Decimal3 + Num(1, 0), Body = P("orphan", 9, 0) }.Extract();
        Assert.Equal([new ParagraphBlock("orphan")], doc.Blocks);
    }
}
