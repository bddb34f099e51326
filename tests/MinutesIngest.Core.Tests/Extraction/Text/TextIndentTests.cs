using System.Text;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Text;

namespace MinutesIngest.Core.Tests.Extraction.Text;

/// <summary>Tabs that only indent a line of plain text (e-mailed minutes indent their lists) make no table column.</summary>
public class TextIndentTests
{
    [Fact]
    public void Lines_indented_by_tabs_are_text_not_a_table_with_an_empty_first_column()
    {
        const string text = "Attendees:\n\t1. Ann Lee (al)\n\t2. Bob Ray\n\nAgenda:\n\n1. Welcome\n";

        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "notes.txt");

        Assert.Empty(doc.Blocks.OfType<TableBlock>());
        var all = string.Join("\n", doc.Blocks.Select(BlockText.Of));
        Assert.Contains("Ann Lee (al)", all);
        Assert.Contains("Bob Ray", all);
    }

    [Fact]
    public void A_tab_separated_table_keeps_a_row_whose_first_cell_is_empty()
    {
        const string text = "Minutes of the committee\n\nRef\tAction\tOwner\n1\tBook the hall\tAnn\n\tand pay the deposit\t\n2\tPrint flyers\tBob\n";

        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), "log.txt");

        var table = Assert.Single(doc.Blocks.OfType<TableBlock>());
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal("and pay the deposit", table.Rows[2].Cells[1].Text.Trim());
    }
}
