using static MinutesIngest.Core.Tests.Extraction.Html.HtmlExtraction;

namespace MinutesIngest.Core.Tests.Extraction.Html;

public class HtmlListTests
{
    [Theory]
    [InlineData("decimal", "<ol><li>A<li>B</ol>", "0|1.|A;0|2.|B")]
    [InlineData("start", "<ol start=5><li>A<li>B</ol>", "0|5.|A;0|6.|B")]
    [InlineData("lower-alpha-start", "<ol type=a start=3><li>A<li>B</ol>", "0|c.|A;0|d.|B")]
    [InlineData("upper-alpha", "<ol type=A><li>A<li>B</ol>", "0|A.|A;0|B.|B")]
    [InlineData("lower-roman", "<ol type=i start=3><li>A<li>B</ol>", "0|iii.|A;0|iv.|B")]
    [InlineData("upper-roman", "<ol type=I start=9><li>A<li>B</ol>", "0|IX.|A;0|X.|B")]
    [InlineData("li-value", "<ol><li>A<li value=10>B<li>C</ol>", "0|1.|A;0|10.|B;0|11.|C")]
    [InlineData("css-style", "<ol style=\"list-style-type: lower-roman\"><li>A<li>B</ol>", "0|i.|A;0|ii.|B")]
    [InlineData("css-none", "<ol style=\"list-style: none\"><li>A</ol>", "0||A")]
    [InlineData("reversed", "<ol reversed><li>A<li>B<li>C</ol>", "0|3.|A;0|2.|B;0|1.|C")]
    [InlineData("bullets", "<ul><li>A<li>B</ul>", "0||A;0||B")]
    [InlineData("nested-decimal", "<ol><li>A<ol><li>A1<li>A2<ol><li>A2a</ol></ol><li>B</ol>", "0|1.|A;1|1.1|A1;1|1.2|A2;2|1.2.1|A2a;0|2.|B")]
    [InlineData("nested-letters-keep-own-label", "<ol><li>A<ol type=a><li>x<li>y</ol></ol>", "0|1.|A;1|a.|x;1|b.|y")]
    [InlineData("decimal-under-letters-restarts-path", "<ol type=a><li>A<ol><li>x</ol></ol>", "0|a.|A;1|1.|x")]
    [InlineData("decimal-under-bullet", "<ul><li>A<ol><li>x<li>y</ol></ul>", "0||A;1|1.|x;1|2.|y")]
    [InlineData("bullet-under-decimal", "<ol><li>A<ul><li>x</ul><li>B</ol>", "0|1.|A;1||x;0|2.|B")]
    public void Numbers_items_as_printed_with_decimal_paths(string name, string html, string expected)
    {
        var items = string.Join(";", ListItems(Extract(html)));
        Assert.True(items == expected, $"{name}: got {items}");
    }

    [Fact]
    public void An_ol_directly_inside_an_ol_nests_under_the_previous_item()
    {
        var html = "<ol><li>A</li><ol><li>x</li><li>y</li></ol><li>B</li></ol>";
        Assert.Equal(["0|1.|A", "1|1.1|x", "1|1.2|y", "0|2.|B"], ListItems(Extract(html)));
    }

    [Fact]
    public void A_wrapper_list_continues_the_outline_interrupted_by_a_bullet_list()
    {
        // Word-processor export of 8.3.1 after a bullet: empty wrapper <ol>s re-open the outline levels.
        var html = "<ol><li>A<li>B<ol><li>B1<li>B2</ol></ol>"
                 + "<ul><ul><ul><li>aside</ul></ul></ul>"
                 + "<ol><ol><ol><li>deep one<li>deep two</ol><p>closing words</p></ol></ol>";
        var doc = Extract(html);
        Assert.Equal(["0|1.|A", "0|2.|B", "1|2.1|B1", "1|2.2|B2", "2||aside", "2|2.2.1|deep one", "2|2.2.2|deep two"], ListItems(doc));
        Assert.Contains(doc.Blocks, b => b is Documents.ParagraphBlock { Text: "closing words" });
    }

    [Fact]
    public void A_wrapper_list_with_a_start_attribute_nests_under_that_number()
    {
        // LibreOffice writes each continued outline item as its own list: <ol start=2><li>…</ol><ol start=2><ol>…
        var html = "<ol><li>Q1</ol><ol><ol><li>A1</ol></ol><ol start=2><li>Q2</ol><ol start=2><ol><li>A2<li>A2b</ol></ol>";
        Assert.Equal(["0|1.|Q1", "1|1.1|A1", "0|2.|Q2", "1|2.1|A2", "1|2.2|A2b"], ListItems(Extract(html)));
    }

    [Fact]
    public void A_wrapper_list_with_nothing_before_it_restarts_numbering()
    {
        Assert.Equal(["1|1.|x"], ListItems(Extract("<ol><ol><li>x</ol></ol>")));
    }

    [Fact]
    public void Item_text_is_its_own_paragraphs_without_nested_lists()
    {
        var doc = Extract("<ul><li><p>First para</p><p>Second <b>para</b></p><ul><li>Child</li></ul><p>After child</p></li></ul>");
        Assert.Equal(["0||First para\nSecond para", "1||Child"], ListItems(doc));
        Assert.IsType<Documents.ParagraphBlock>(doc.Blocks[^1]);
        Assert.Equal("After child", ((Documents.ParagraphBlock)doc.Blocks[^1]).Text);
    }

    [Fact]
    public void Loose_text_inside_a_list_becomes_a_paragraph()
    {
        var doc = Extract("<ol><li>A</li>Stray words<li>B</li></ol>");
        Assert.Equal(["ListItemBlock", "ParagraphBlock", "ListItemBlock"], doc.Blocks.Select(b => b.GetType().Name));
        Assert.Equal(["0|1.|A", "0|2.|B"], ListItems(doc));
    }
}
