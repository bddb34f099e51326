using MinutesIngest.Core.Extraction.Ocr;

namespace MinutesIngest.Core.Tests.Extraction.Ocr;

/// <summary>
/// A line Tesseract read with low confidence throughout (handwriting, a drawing such as a site plan, a stamp) is not
/// print and is left out; a line whose only unsure word is an item label standing apart from its title is kept.
/// </summary>
public sealed class OcrUnsureLineTests
{
    private static OcrWord Word(string text, int x, int y, double confidence, int line) =>
        new(text, x, y, 22 * text.Length, 33, confidence, 1, line, 1);

    public static TheoryData<string, (string Text, double Confidence)[], bool> Lines() => new()
    {
        { "guesses on a plan with one clear word", [("5", 53), ("LER", 11), ("GaMET", 0), ("BEART", 29), ("LINE", 91)], false },
        { "a scrawl", [("jise-w", 0), ("Va", 43)], false },
        { "a label read at 0 beside its title", [("5.1", 0), ("Rural", 95), ("transport", 96)], true },
        { "a line read well", [("Apologies", 93), ("were", 95), ("received", 96)], true },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Lines_read_with_low_confidence_throughout_are_left_out(string name, (string Text, double Confidence)[] words, bool kept)
    {
        var body = new[] { Word("The", 300, 400, 95, 1), Word("meeting", 400, 400, 96, 1), Word("opened", 580, 400, 96, 1) };
        var x = 300;
        var line = new List<OcrWord>();
        foreach (var (text, confidence) in words)
        {
            line.Add(Word(text, x, 480, confidence, 2));
            x += 22 * text.Length + 40;
        }

        var (lines, _) = OcrLineBuilder.Build(new OcrPage(1, 2550, 3300, [.. body, .. line]), 612, 792);

        Assert.True(kept == (lines.Count == 2), $"{name}: {string.Join(" | ", lines.Select(l => l.Text))}");
    }
}
