using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction;
using static MinutesIngest.Core.Tests.Extraction.Html.HtmlExtraction;

namespace MinutesIngest.Core.Tests.Extraction.Html;

public class HtmlBlockTests
{
    private static string Dump(SourceDocument doc) => string.Join("|", doc.Blocks.Select(b => b switch
    {
        HeadingBlock h => $"H{h.Level}:{h.Text}",
        ParagraphBlock p => "P:" + p.Text.Replace("\n", "/"),
        _ => b.GetType().Name + ":" + BlockText.Of(b),
    }));

    [Theory]
    [InlineData("headings", "<h1>Title</h1><h3>Sub <i>part</i></h3><h6>Small</h6>", "H1:Title|H3:Sub part|H6:Small")]
    [InlineData("br-keeps-lines", "<p>Line one<br>Line two<br/>\n  Line three</p>", "P:Line one/Line two/Line three")]
    [InlineData("blank-br-lines-dropped", "<p><br>\n</p><p>a<br><br>b</p>", "P:a/b")]
    [InlineData("entities-and-nbsp", "<p>Tom&nbsp;&amp;&nbsp;Jerry &ndash; &pound;5 &#8220;q&#8221; r&ocirc;le</p>", "P:Tom & Jerry – £5 “q” rôle")]
    [InlineData("windows-1252-numeric-refs", "<p>a &#150; b&#146;s &#128;5</p>", "P:a – b’s €5")]
    [InlineData("whitespace-collapsed", "<p>  a\n\t b   \r\n c </p>", "P:a b c")]
    [InlineData("inline-elements-join", "<p><b>Apologies</b>: <span>Ann</span> and <a href=x>Bob</a></p>", "P:Apologies: Ann and Bob")]
    [InlineData("loose-text-split-at-blocks", "<div>loose<p>para</p>tail<div>inner</div></div>", "P:loose|P:para|P:tail|P:inner")]
    [InlineData("unclosed-p-before-blockquote", "<p>intro<blockquote><p>quoted</p></blockquote>after", "P:intro|P:quoted|P:after")]
    [InlineData("pre-one-paragraph-per-line", "<pre>\nAnn Smith (Acme)\n\n  Bob Jones (Beta) \n</pre>", "P:Ann Smith (Acme)|P:Bob Jones (Beta)")]
    [InlineData("pre-entities-and-br", "<pre>a &amp; b<br>c</pre>", "P:a & b|P:c")]
    [InlineData("images-scripts-comments-skipped", "<p>a<img alt=logo src=x><script>var x;</script><!-- note -->b</p>", "P:ab")]
    [InlineData("fragment-without-body", "Just text", "P:Just text")]
    public void Renders_blocks(string name, string html, string expected)
    {
        var dump = Dump(Extract(html));
        Assert.True(dump == expected, $"{name}: got {dump}");
    }

    [Theory]
    [InlineData("<dl><dt>Present</dt><dd>Ann_Smith, Bob</dd><dt>Regrets</dt><dd>-</dd><dt>Chair</dt><dd>Ann</dd><dd>Cy</dd></dl>", "P:Present: Ann_Smith, Bob|P:Regrets: -|P:Chair: Ann, Cy")]
    [InlineData("<dl><dt>Scribe:</dt><dd>Dee</dd><dt>Note</dt></dl>", "P:Scribe: Dee|P:Note")]
    [InlineData("<dl><div><dt>Chair<dd>Ann</div><dt>A<dt>B<dd>both</dl>", "P:Chair: Ann|P:A, B: both")]
    public void Definition_lists_become_label_value_paragraphs(string html, string expected) =>
        Assert.Equal(expected, Dump(Extract(html)));

    [Fact]
    public void Data_tables_keep_spans_and_cell_blocks()
    {
        var doc = Extract("<table><caption>Actions</caption><tr><th colspan=2>Task</th><th>Who</th></tr>"
                        + "<tr><td rowspan=2>1</td><td><ol><li>Write<li>Send</ol></td><td>Clerk</td></tr>"
                        + "<tr><td>Call<br>back</td><td>Chair</td></tr></table>");
        Assert.Equal("Actions", ((ParagraphBlock)doc.Blocks[0]).Text);
        var table = Assert.IsType<TableBlock>(doc.Blocks[1]);
        Assert.Equal([2, 3, 2], table.Rows.Select(r => r.Cells.Count));
        Assert.Equal(2, table.Rows[0].Cells[0].ColumnSpan);
        Assert.Equal(2, table.Rows[1].Cells[0].RowSpan);
        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(["1.", "2."], table.Rows[1].Cells[1].Content.OfType<ListItemBlock>().Select(li => li.Number));
        Assert.Equal("Call\nback", table.Rows[2].Cells[0].Text);
    }

    [Theory]
    [InlineData("single-column", "<table><tr><td><h1>Minutes</h1></td></tr><tr><td><p>Present: A</p></td></tr></table>")]
    [InlineData("heading-over-text-in-cell", "<table><tr><td>x</td><td><h1>Minutes</h1><p>Present: A</p><p>more</p></td></tr><tr><td>y</td><td>z</td></tr></table>")]
    [InlineData("nested-table", "<table><tr><td><h1>Minutes</h1></td><td><table><tr><td>Present: A</td></tr></table></td></tr></table>")]
    [InlineData("menu-column-beside-text", "<table><tr><td><a href=/a>Home</a><br><a href=/b>News</a><br><a href=/c>Contact</a></td><td><h1>Minutes</h1><p>Present: A</p></td></tr></table>")]
    [InlineData("presentation-role", "<table role=presentation><tr><td><h1>Minutes</h1></td><td><p>Present: A</p></td></tr></table>")]
    public void Layout_tables_are_unwrapped_into_blocks(string name, string html)
    {
        var doc = Extract(html);
        Assert.True(!doc.Blocks.OfType<TableBlock>().Any(), name);
        Assert.Contains(doc.Blocks, b => b is HeadingBlock { Level: 1, Text: "Minutes" });
        Assert.Contains(doc.Blocks, b => b is ParagraphBlock { Text: "Present: A" });
    }

    [Fact]
    public void Header_cells_styled_as_headings_still_make_a_data_table()
    {
        var doc = Extract("<table><tr><td><h2>Action items</h2></td><td><h2>Person responsible</h2></td></tr>"
                        + "<tr><td><ul><li>Research</ul></td><td><p>All team members</p></td></tr></table>");
        var table = Assert.IsType<TableBlock>(Assert.Single(doc.Blocks));
        Assert.Equal("Action items | Person responsible\nResearch | All team members", BlockText.Of(table));
    }

    [Fact]
    public void Reports_html_format_on_one_page()
    {
        var doc = Extract("<p>x</p>");
        Assert.Equal(("html", 1, "test.html"), (doc.Format, doc.PageCount, doc.Source));
        Assert.All(doc.Blocks, b => Assert.Equal(1, b.Page));
    }

    [Fact]
    public void A_page_without_visible_text_is_rejected()
    {
        var e = Assert.Throws<ExtractionException>(() => Extract("<html><head><title>t</title></head><body><script>x()</script><img src=a></body></html>"));
        Assert.Equal("no_text", e.Reason);
    }
}
