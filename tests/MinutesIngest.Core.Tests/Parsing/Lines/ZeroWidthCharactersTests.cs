using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Tests.Parsing.Lines;

public class ZeroWidthCharactersTests
{
    [Theory]
    [InlineData("Minutes 14\u200Bth \u200B September 2020", "Minutes 14th September 2020")]
    [InlineData("M \u200B inutes of the last meeting", "M inutes of the last meeting")]
    [InlineData("\uFEFFPresent: Ann Lee", "Present: Ann Lee")]
    [InlineData("co\u00ADoperative hall", "cooperative hall")]
    [InlineData("Ann\u2060Lee and Bob\u200C Cole", "AnnLee and Bob Cole")]
    [InlineData("Nothing hidden  here", "Nothing hidden  here")]
    public void Removes_characters_that_print_nothing(string line, string expected) =>
        Assert.Equal(expected, ZeroWidthCharacters.Strip(line));
}
