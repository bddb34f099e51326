using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Storage.Tests.Indexing;

public sealed class WordPhraseTests
{
    // tsquery text → lexemes, distances, adjacent pairs (null: not a phrase of plain lexemes)
    [Theory]
    [InlineData("'street' <-> 'light'", "street light", "1", "street light")]
    [InlineData("'cost' <2> 'live'", "cost live", "2", "")]
    [InlineData("'cost' <2> 'street' <-> 'light'", "cost street light", "2 1", "street light")]
    [InlineData("'a' <-> 'b' <-> 'a' <-> 'b'", "a b a b", "1 1 1", "a b|b a")]
    [InlineData("'it''s' <-> 'back\\\\slash'", "it's back\\slash", "1", "it's back\\slash")]
    [InlineData("'budget'", null, null, null)]
    [InlineData("'street' & 'light'", null, null, null)]
    [InlineData("'street' <-> 'light' & 'budget'", null, null, null)]
    [InlineData("'street' <-> !'light'", null, null, null)]
    [InlineData("( 'a' | 'b' ) <-> 'c'", null, null, null)]
    [InlineData("'street':* <-> 'light'", null, null, null)]
    [InlineData("'street' <-> 'light':A", null, null, null)]
    [InlineData("'street' <0> 'light'", null, null, null)]
    [InlineData("", null, null, null)]
    public void Only_a_chain_of_plain_lexemes_is_a_phrase(string text, string? lexemes, string? distances, string? pairs)
    {
        var phrase = WordPhrase.FromQueryText(text);

        Assert.Equal(lexemes, phrase is null ? null : string.Join(' ', phrase.Lexemes));
        Assert.Equal(distances, phrase is null ? null : string.Join(' ', phrase.Distances));
        Assert.Equal(pairs, phrase is null ? null : string.Join('|', phrase.AdjacentPairs.Select(p => $"{p.First} {p.Second}")));
    }
}
