using MinutesIngest.Scoring;
using MinutesIngest.Core.Text;

namespace MinutesIngest.Scoring.Tests;

public class TextTokensTests
{
    [Fact]
    public void Tokens_are_lower_cased_words_without_punctuation()
    {
        Assert.Equal(new HashSet<string> { "clerk", "to", "e", "mail", "x", "2" }, TextTokens.Of("Clerk to e-mail X (2)").ToHashSet());
        Assert.Equal(new HashSet<string> { "pcc", "to", "revisit", "progress" }, TextTokens.Of("PCC to revisit, progress!").ToHashSet());
        Assert.Empty(TextTokens.Of(null));
    }

    [Theory]
    [InlineData("a b c", "a b c", 1.0)]
    [InlineData("a b c", "A, B; C.", 1.0)]
    [InlineData("a b c d", "a b c e", 0.6)]
    [InlineData("a b", "c d", 0.0)]
    [InlineData("a a b", "a b b", 1.0)]
    [InlineData("", "", 1.0)]
    [InlineData("", "a", 0.0)]
    public void Jaccard_of_token_sets(string a, string b, double expected) =>
        Assert.Equal(expected, TextTokens.Jaccard(a, b), 9);

    [Theory]
    [InlineData("Finance: month 6 position", "FINANCE month 6 position", true)]
    [InlineData("a b c d e", "a b c d", true)]          // 4/5 = 0.8: on the threshold counts
    [InlineData("a b c d e f", "a b c d", false)]      // 4/6 below 0.8
    [InlineData(null, null, true)]
    [InlineData(null, "Apologies", false)]
    public void Title_equivalence(string? gold, string? predicted, bool expected) =>
        Assert.Equal(expected, TitleComparer.AreEquivalent(gold, predicted));
}
