using MinutesIngest.Core.Extraction.Ocr;

namespace MinutesIngest.Core.Tests.Extraction.Ocr;

/// <summary>
/// The type size of an OCR'd line comes from where its words sit (baseline) and reach (cap height); the layout calls a
/// line set larger than the body a heading, so a body line must measure as body whatever its words are.
/// </summary>
public sealed class OcrLineSizeTests
{
    // 11 pt at 300 dpi: capitals 33 px above the baseline, descenders 10 px below it.
    private const int Cap = 33, Descender = 10;

    /// <summary>A line of words at y (the cap top); <paramref name="tallWord"/> gets a box made taller by a mark below it.</summary>
    private static List<OcrWord> Line(int line, int y, string text, int tallWord = -1)
    {
        var words = new List<OcrWord>();
        var x = 300;
        var n = 0;
        foreach (var w in text.Split(' '))
        {
            var hangs = w.Any(c => "gjpqy,()".Contains(c));
            var height = Cap + (hangs ? Descender : 0) + (n == tallWord ? 40 : 0);
            words.Add(new OcrWord(w, x, y, 22 * w.Length, height, 92, 1, line, 1));
            x += 22 * w.Length + 14;
            n++;
        }
        return words;
    }

    public static TheoryData<string, string, int> Lines() => new()
    {
        // Every word hangs below the baseline: the bottoms are descender ends, not the baseline.
        { "a line of descender words", "Report approved.", -1 },
        { "a line of descender words and a comma", "Apology (Mary Quigley), happy", -1 },
        // A margin stroke or handwriting touches one word and doubles its box.
        { "a word box stretched by a mark", "Jon Tustin, Lillian Morris, Kathy Swarthout, Cindy Swann", 4 },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void A_body_line_measures_as_the_body(string name, string text, int tallWord)
    {
        var body = Line(1, 400, "The minutes of the last meeting were agreed as a true record");
        var page = new OcrPage(1, 2550, 3300, [.. body, .. Line(2, 460, text, tallWord)]);

        var (lines, _) = OcrLineBuilder.Build(page, 612, 792);

        Assert.Equal(2, lines.Count);
        Assert.True(Math.Abs(lines[1].FontSize - lines[0].FontSize) <= 0.05 * lines[0].FontSize,
            $"{name}: body {lines[0].FontSize:F2} pt, line {lines[1].FontSize:F2} pt");
    }
}
