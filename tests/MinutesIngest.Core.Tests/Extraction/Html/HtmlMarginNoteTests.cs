using MinutesIngest.Core.Documents;
using static MinutesIngest.Core.Tests.Extraction.Html.HtmlExtraction;

namespace MinutesIngest.Core.Tests.Extraction.Html;

/// <summary>An owner floated or aligned right inside a prose paragraph is its margin note; other right-set text stays text.</summary>
public sealed class HtmlMarginNoteTests
{
    private const string Prose = "The clerk was asked to write to the highways department about the verge.";

    [Theory]
    [InlineData(Prose, "<span style=\"float: right\">Clerk</span>", "Clerk", Prose)]
    [InlineData(Prose, "<span style=\"text-align:right\">Cllrs A Grey and B Lowe</span>", "Cllrs A Grey and B Lowe", Prose)]
    [InlineData(Prose, "<span align=\"right\">Noted</span>", "Noted", Prose)]
    [InlineData(Prose, "<span style=\"float:right\">12 May 2024</span>", null, Prose + " 12 May 2024")]
    [InlineData(Prose, "<span>Clerk</span>", null, Prose + " Clerk")]
    [InlineData("Cllr A Grey", "<span style=\"float:right\">Chairman</span>", null, "Cllr A Grey Chairman")]
    public void A_short_right_set_element_in_a_prose_paragraph_is_its_margin_note(string text, string element, string? note, string expectedText)
    {
        var block = Assert.Single(Extract($"<html><body><p>{text} {element}</p></body></html>").Blocks);

        Assert.Equal(note, block.MarginNote);
        Assert.Equal(expectedText, BlockText.Of(block));
    }

    [Fact]
    public void A_list_item_keeps_the_margin_note_of_its_text()
    {
        var block = Assert.Single(Extract($"<html><body><ol><li>{Prose} <span style=\"float:right\">Clerk</span></li></ol></body></html>").Blocks);

        Assert.Equal(("Clerk", Prose), (block.MarginNote, ((ListItemBlock)block).Text));
    }
}
