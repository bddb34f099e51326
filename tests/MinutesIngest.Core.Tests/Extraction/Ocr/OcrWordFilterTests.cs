using MinutesIngest.Core.Extraction.Ocr;

namespace MinutesIngest.Core.Tests.Extraction.Ocr;

/// <summary>
/// Which Tesseract words count as text: table borders and small specks go, while words read with confidence 0
/// stay when they are text-sized, as Tesseract often reports a correct item label apart from its title.
/// </summary>
public sealed class OcrWordFilterTests
{
    private const double TypicalHeight = 33;

    [Theory]
    [InlineData("Item", 82, 33, 0.0, true)]
    [InlineData("1", 14, 30, 0.0, true)]
    [InlineData("S51", 57, 49, 0.0, true)]
    [InlineData("Minutes", 150, 33, 96.0, true)]
    [InlineData("3—", 19, 4, 0.0, false)]
    [InlineData("..........c.cceeeeeee", 190, 6, 0.0, false)]
    [InlineData("~%&", 40, 33, 0.0, false)]
    [InlineData("Ww", 300, 120, 0.0, false)]
    [InlineData("|||", 10, 400, 90.0, false)]
    [InlineData("___", 300, 5, 90.0, false)]
    [InlineData(":", 4, 4, 30.0, false)]
    public void Keeps_words_and_drops_noise(string text, int width, int height, double confidence, bool kept) =>
        Assert.Equal(kept, OcrLineBuilder.IsText(new OcrWord(text, 100, 100, width, height, confidence, 1, 1, 1), TypicalHeight));
}
