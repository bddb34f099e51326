using MinutesIngest.Core.Extraction.Ocr;

namespace MinutesIngest.Core.Tests.Extraction.Ocr;

/// <summary>
/// A column of single marks (the X's of a roll-call table) that Tesseract reports as one line of vertical text goes
/// back to the rows it stands on, each mark beside the name on its row.
/// </summary>
public sealed class OcrStackedMarksTests
{
    [Fact]
    public void Marks_reported_as_one_vertical_line_join_the_rows_they_stand_on()
    {
        string[] names = ["Ann Lee, Chair", "Bob Kay, Clerk", "Cy Moss, Member"];
        var words = new List<OcrWord>();
        for (var i = 0; i < names.Length; i++)
        {
            var x = 300;
            foreach (var w in names[i].Split(' '))
            {
                words.Add(new OcrWord(w, x, 400 + 60 * i, 22 * w.Length, 33, 95, 1, 1, i + 1));
                x += 22 * w.Length + 14;
            }
        }
        // One Tesseract line, read bottom to top as vertical text, one mark per row.
        for (var i = names.Length - 1; i >= 0; i--) words.Add(new OcrWord(i == 1 ? "A" : "X", 1100, 400 + 60 * i, 30, 33, 80, 2, 1, 1));

        var (lines, _) = OcrLineBuilder.Build(new OcrPage(1, 2550, 3300, words), 612, 792);

        Assert.Equal(["Ann Lee, Chair X", "Bob Kay, Clerk A", "Cy Moss, Member X"], lines.Select(l => l.Text));
    }

    [Fact]
    public void A_quote_mark_and_a_full_stop_stay_on_the_line_of_their_words()
    {
        OcrWord[] words =
        [
            new("\u201C", 300, 398, 14, 12, 90, 1, 1, 1),
            new("Item", 320, 400, 88, 33, 95, 1, 1, 1),
            new("closed", 422, 400, 132, 33, 95, 1, 1, 1),
            new(".", 560, 428, 6, 5, 90, 1, 1, 1),
        ];

        var (lines, _) = OcrLineBuilder.Build(new OcrPage(1, 2550, 3300, words), 612, 792);

        Assert.Single(lines);
    }
}
