using System.Text;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Text;

namespace MinutesIngest.Core.Tests.Extraction.Text;

/// <summary>Markdown passes raw HTML through: a &lt;table&gt; written in it keeps its rows and cells (and the lists in them).</summary>
public class EmbeddedHtmlTableTests
{
    public static TheoryData<string, string, string[]> Texts() => new()
    {
        {
            "a table on one line between paragraphs",
            "Intro.\n\n<table><thead><tr><th>Topic</th><th>Actions</th></tr></thead><tbody><tr><td>1. Budget</td><td><ol><li>Ann to price it</li><li>Bob to book</li></ol></td></tr></tbody></table>\n\nClose.\n",
            ["Topic|Actions", "1. Budget|1. Ann to price it\n2. Bob to book"]
        },
        {
            "a table written over several lines",
            "<table>\n<tr><td>Topic</td><td>Notes</td></tr>\n<tr><td>Hall</td><td>Booked for May</td></tr>\n</table>\nAfter.\n",
            ["Topic|Notes", "Hall|Booked for May"]
        },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Html_tables_in_markdown_keep_their_grid(string name, string text, string[] rows)
    {
        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "minutes.md");

        var tables = doc.Blocks.OfType<TableBlock>().ToList();
        Assert.True(tables.Count >= 1, $"{name}: no table in [{string.Join(" | ", doc.Blocks.Select(BlockText.Of))}]");
        var got = tables[0].Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text))).ToList();
        Assert.True(rows.SequenceEqual(got), $"{name}: got [{string.Join(" ¦ ", got)}]");
        Assert.DoesNotContain(doc.Blocks, b => BlockText.Of(b).Contains('<'));
    }

    [Fact]
    public void A_nested_table_does_not_end_the_outer_one()
    {
        var text = "<table><tr><td>Hall</td><td><table><tr><td>a</td><td>b</td></tr></table>\n</td></tr>\n<tr><td>Rent</td><td>c</td></tr></table>\nAfter the table.\n";
        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "minutes.md");

        Assert.Equal("After the table.", BlockText.Of(doc.Blocks[^1]));
        Assert.DoesNotContain(doc.Blocks, b => BlockText.Of(b).Contains('<'));
        Assert.Contains(doc.Blocks, b => BlockText.Of(b).Contains("Rent"));
    }

    [Fact]
    public void An_unclosed_table_tag_stays_text()
    {
        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes("<table><tr><td>Topic</td><td>Notes\n\nMore text.\n"), "minutes.md");

        Assert.DoesNotContain(doc.Blocks, b => b is TableBlock);
        Assert.Contains(doc.Blocks, b => BlockText.Of(b).Contains("More text."));
    }
}
