using MinutesIngest.Core.Extraction.Layout;
using MinutesIngest.Core.Extraction.Ocr;

namespace MinutesIngest.Core.Tests.Extraction.Ocr;

/// <summary>Dust read as letters at the edges of OCR'd lines and cells is dropped; real short words and labels stay.</summary>
public sealed class OcrSpecksTests
{
    // Words as "text" separated by one space, or by " | " where a table's column gap falls.
    [Theory]
    [InlineData("Ann Lee oe | Secretary", "Ann Lee | Secretary")]
    [InlineData("Town Solicitor os | Present", "Town Solicitor | Present")]
    [InlineData("oe ‘Ann Lee | Treasurer", "Ann Lee | Treasurer")]
    // A lone mark opening a line stays for the label repair, which may read it as a misread number.
    [InlineData("o | Treasurer's report", "o | Treasurer's report")]
    [InlineData("‘Item 3 Public Comment", "Item 3 Public Comment")]
    [InlineData("..Item5 New Business", "Item5 New Business")]
    [InlineData("“Item 5.A Police Contract", "Item 5.A Police Contract")]
    [InlineData("The meeting opened at 7: 00 PM.", "The meeting opened at 7:00 PM.")]
    [InlineData("Closed at 9: 15pm", "Closed at 9:15pm")]
    // Kept: short words, roman numerals and list letters, a speck inside running text, an ellipsis, a ratio.
    [InlineData("It was agreed to go ahead as planned", "It was agreed to go ahead as planned")]
    [InlineData("ii Play area | iv", "ii Play area | iv")]
    [InlineData("a) Budget b) Grants", "a) Budget b) Grants")]
    [InlineData("The ee grass was cut", "The ee grass was cut")]
    [InlineData("...Continued from page 1", "...Continued from page 1")]
    [InlineData("Votes 3: 2 in favour", "Votes 3: 2 in favour")]
    public void Drops_specks_at_line_and_cell_edges(string line, string expected) =>
        Assert.Equal(expected, Render(OcrSpecks.Clean(Words(line))));

    // Lays the words out 11 pt high, a space apart, with a wide gap at each "|".
    private static List<PdfWord> Words(string line)
    {
        var words = new List<PdfWord>();
        var x = 72.0;
        foreach (var token in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token == "|") { x += 60; continue; }
            var width = 5.5 * token.Length;
            words.Add(new PdfWord(token, x, x + width, 700, 711, 702, 11, false));
            x += width + 3;
        }
        return words;
    }

    private static string Render(List<PdfWord> words)
    {
        var parts = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0 && words[i].Left - words[i - 1].Right > 30) parts.Add("|");
            parts.Add(words[i].Text);
        }
        return string.Join(' ', parts);
    }
}
