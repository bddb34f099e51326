using MinutesIngest.Core.Extraction.Ocr;

namespace MinutesIngest.Core.Tests.Extraction.Ocr;

/// <summary>A lettered label whose capital looks like its small letter ("c."/"C.") takes the case of its column's labels.</summary>
public sealed class LetterLabelCaseTests
{
    [Theory]
    [InlineData("a.", "b.", "C.", "c.")]
    [InlineData("A.", "B.", "c.", "C.")]
    [InlineData("a)", "b)", "S)", "s)")]
    // A letter whose cases differ is read right and left alone; so is a column of mixed case.
    [InlineData("a.", "b.", "D.", "D.")]
    [InlineData("a.", "B.", "C.", "C.")]
    public void Takes_the_case_of_its_column(string first, string second, string read, string expected)
    {
        OcrWord Label(string text, int row) => new(text, 420, 400 + 60 * row, 30, 33, 90, row + 1, 1, 1);

        var words = LetterLabelCase.Apply([Label(first, 0), Label(second, 1), Label(read, 2)]);

        Assert.Equal(expected, words[2].Text);
    }

    [Fact]
    public void A_label_in_another_column_does_not_count()
    {
        OcrWord[] words = [new("a.", 420, 400, 30, 33, 90, 1, 1, 1), new("C.", 900, 460, 30, 33, 90, 2, 1, 1)];

        Assert.Equal("C.", LetterLabelCase.Apply(words)[1].Text);
    }
}
