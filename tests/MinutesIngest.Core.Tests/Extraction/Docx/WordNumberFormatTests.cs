using MinutesIngest.Core.Extraction.Docx;

namespace MinutesIngest.Core.Tests.Extraction.Docx;

public class WordNumberFormatTests
{
    [Theory]
    [InlineData(1, "decimal", "1")]
    [InlineData(12, "decimal", "12")]
    [InlineData(5, "decimalZero", "05")]
    [InlineData(12, "decimalZero", "12")]
    [InlineData(1, "lowerLetter", "a")]
    [InlineData(26, "lowerLetter", "z")]
    [InlineData(27, "lowerLetter", "aa")]
    [InlineData(28, "upperLetter", "BB")]
    [InlineData(4, "lowerRoman", "iv")]
    [InlineData(9, "upperRoman", "IX")]
    [InlineData(1994, "upperRoman", "MCMXCIV")]
    [InlineData(3, "ordinal", "3rd")]
    [InlineData(11, "ordinal", "11th")]
    [InlineData(3, "none", "")]
    [InlineData(3, "bullet", "")]
    [InlineData(3, "chineseCounting", "3")]
    public void FormatsCounter(int value, string format, string expected) =>
        Assert.Equal(expected, WordNumberFormat.Format(value, format));

    // A numbering part controls the counter: a start near int.MaxValue once rendered an 82-million-letter label.
    [Theory]
    [InlineData(780, "lowerLetter", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")]
    [InlineData(781, "lowerLetter", "781")]
    [InlineData(2147483000, "upperLetter", "2147483000")]
    [InlineData(int.MaxValue, "ordinal", "2147483647th")]
    [InlineData(int.MinValue, "upperLetter", "-2147483648")]
    public void HugeCountersGiveShortLabels(int value, string format, string expected) =>
        Assert.Equal(expected, WordNumberFormat.Format(value, format));
}
