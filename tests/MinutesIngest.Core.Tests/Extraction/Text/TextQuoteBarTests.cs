using System.Text;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Text;

namespace MinutesIngest.Core.Tests.Extraction.Text;

/// <summary>
/// A bar down the left of plain-text lines ("| 4. Review") quotes them, as "> " does in mail and Markdown; neither is part of the
/// text, and the bar is no table.
/// </summary>
public class TextQuoteBarTests
{
    public static TheoryData<string, string, string[]> Texts() => new()
    {
        {
            "quoted agenda lines keep their text",
            "| Agenda\n|\n| 1. Roll call\n\nAll present.\n",
            ["Agenda", "1. Roll call", "All present."]
        },
        {
            "quoted, indented entries keep their text",
            "| 2. Open actions\n|\n|    a. Ann to draft the policy\n|       Continued.\n",
            ["2. Open actions", "a. Ann to draft the policy Continued."]
        },
        {
            "Markdown block quotes, nested or holding a bullet, keep their text without the quote marks",
            "## Actions\n\n> ACTION: Ann to book the hall. DONE\n\nNoted.\n\n>> Bob to write.\n> - Carl to call\n",
            ["Actions", "ACTION: Ann to book the hall. DONE", "Noted.", "Bob to write.", "Carl to call"]
        },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Quote_bars_are_not_table_rows(string name, string text, string[] blocks)
    {
        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "minutes.txt");

        Assert.DoesNotContain(doc.Blocks, b => b is TableBlock);
        var got = doc.Blocks.Select(b => b switch { ParagraphBlock p => p.Text, HeadingBlock h => h.Text, ListItemBlock l => l.Text, _ => "" })
            .Select(t => t.Replace('\n', ' ')).ToList();
        Assert.True(blocks.SequenceEqual(got), $"{name}: got [{string.Join(" | ", got)}]");
    }

    [Fact]
    public void A_row_with_cells_is_still_a_table()
    {
        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes("| Name | Role |\n| Ann Lee | Chair |\n"), "minutes.txt");

        Assert.Single(doc.Blocks.OfType<TableBlock>());
    }
}
