using System.Text;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Text;

namespace MinutesIngest.Core.Tests.Extraction.Text;

/// <summary>A table in plain text is as wide as a word processor allows, whatever one line holds; no text is lost.</summary>
public class TextTableSizeTests
{
    [Theory]
    [InlineData("\t")]
    [InlineData("   ")]
    public void One_very_wide_line_does_not_widen_every_row(string separator)
    {
        var text = new StringBuilder("Minutes\n\n");
        for (var i = 0; i < 300; i++) text.Append("Name").Append(separator).Append("Role ").Append(i).Append('\n');
        text.Append(string.Join(separator, Enumerable.Range(0, 5000).Select(i => $"c{i}"))).Append('\n');

        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text.ToString()), "wide.txt");

        var table = Assert.Single(doc.Blocks.OfType<TableBlock>());
        Assert.All(table.Rows, r => Assert.True(r.Cells.Count <= 64, $"{r.Cells.Count} cells"));
        var last = table.Rows[^1].Cells[^1];
        Assert.Contains("c63 c64", BlockText.Of(last.Content[0]));
        Assert.EndsWith("c4999", BlockText.Of(last.Content[0]));
    }
}
