using MinutesIngest.Core.Extraction.Ocr;

namespace MinutesIngest.Core.Tests.Extraction.Ocr;

/// <summary>
/// A label's full stop misread as a colon or comma is put right before a title; a date, time or reference wrapped to the
/// start of a line ("22, 2007", "19, Development Code") is prose and keeps its comma.
/// </summary>
public sealed class OcrStopRepairTests
{
    [Theory]
    [InlineData("3: Apologies for absence", 14, "3.")]
    [InlineData("3, Apologies for absence", 60, "3.")]
    [InlineData("22, 2007, at 9:00 a.m.", 14, "22,")]
    [InlineData("19, Development Code (Z-1-2023A)", 14, "19,")]
    public void Repairs_a_misread_stop_only_before_a_title(string line, int gapAfterFirst, string expectedFirst)
    {
        var words = new List<OcrWord>();
        var x = 300;
        var tokens = line.Split(' ');
        for (var i = 0; i < tokens.Length; i++)
        {
            words.Add(new OcrWord(tokens[i], x, 400, 22 * tokens[i].Length, 33, 92, 1, 1, 1));
            x += 22 * tokens[i].Length + (i == 0 ? gapAfterFirst : 14);
        }

        var (lines, _) = OcrLineBuilder.Build(new OcrPage(1, 2550, 3300, words), 612, 792);

        Assert.Equal(expectedFirst, Assert.Single(lines).Words[0].Text);
    }
}
