using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Tests.Parsing.Lines;

public class PictographsTests
{
    [Theory]
    [InlineData("\U0001F477 TODO Ann: book the hall", "TODO Ann: book the hall")]
    [InlineData("\U0001F477\U0001F477  TODO YOU \U0001F440: sell the chairs", "TODO YOU: sell the chairs")]
    [InlineData("Budget approved \U0001F389\uFE0F.", "Budget approved.")]
    [InlineData("Family \U0001F468\u200D\U0001F469\u200D\U0001F467 day planned", "Family day planned")]
    [InlineData("\u2610 Ann Lee \u2611 Bob Ray", "\u2610 Ann Lee \u2611 Bob Ray")]
    [InlineData("No decoration here", "No decoration here")]
    public void Strips_emoji_and_keeps_ticks_and_text(string line, string expected) =>
        Assert.Equal(expected, Pictographs.Strip(line));
}
