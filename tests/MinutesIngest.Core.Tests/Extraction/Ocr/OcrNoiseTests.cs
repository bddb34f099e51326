using MinutesIngest.Core.Extraction.Ocr;

namespace MinutesIngest.Core.Tests.Extraction.Ocr;

public sealed class OcrNoiseTests
{
    [Theory]
    [InlineData("Acti0n:", "Action:")]
    [InlineData("ACTlON:", "ACTION:")]
    [InlineData("Apologles", "Apologies")]
    [InlineData("Apo1ogies:", "Apologies:")]
    [InlineData("l.2", "1.2")]
    [InlineData("I2.1", "12.1")]
    [InlineData("2O21", "2021")]
    [InlineData("1O:3Opm", "10:30pm")]
    [InlineData("(l.3)", "(1.3)")]
    [InlineData("rep0rt", "report")]
    [InlineData("Presert", "Presert")]
    [InlineData("Il.", "II.")]
    public void RepairsConfusions(string ocr, string expected) => Assert.Equal(expected, OcrNoise.Normalize(ocr));

    [Theory]
    [InlineData("I.")]
    [InlineData("l.")]
    [InlineData("Ill")]
    [InlineData("Cllr")]
    [InlineData("look")]
    [InlineData("1.2")]
    [InlineData("B2O")]
    [InlineData("Action")]
    [InlineData("HOLLIS")]
    public void LeavesRealWordsAlone(string word) => Assert.Equal(word, OcrNoise.Normalize(word));

    [Theory]
    [InlineData("Cllr lan Marsh", "Cllr Ian Marsh")]
    [InlineData("Apologies from Cllr lan Marsh and", "Apologies from Cllr Ian Marsh and")]
    [InlineData("the lake was low", "the lake was low")]
    [InlineData("North lake District", "North lake District")]
    public void CapitalIInNames(string line, string expected)
    {
        var words = line.Split(' ').ToList();
        OcrNoise.FixCapitalIInNames(words);
        Assert.Equal(expected, string.Join(" ", words));
    }
}
