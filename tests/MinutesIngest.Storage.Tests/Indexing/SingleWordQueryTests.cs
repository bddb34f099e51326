using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Storage.Tests.Indexing;

public sealed class SingleWordQueryTests
{
    [Theory]
    [InlineData("'budget'", "budget")]
    [InlineData("'it''s'", "it's")]
    [InlineData(@"'back\\slash'", @"back\slash")]
    [InlineData("'budget':*", null)]
    [InlineData("'budget':A", null)]
    [InlineData("'street' <-> 'light'", null)]
    [InlineData("'plan' & !'hous'", null)]
    [InlineData("!'budget'", null)]
    [InlineData("", null)]
    public void Only_a_single_plain_lexeme_is_read_from_the_query_text(string text, string? expected) =>
        Assert.Equal(expected, SingleWordQuery.FromQueryText(text));
}
