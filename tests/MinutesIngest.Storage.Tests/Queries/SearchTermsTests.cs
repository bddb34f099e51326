using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Storage.Tests.Queries;

/// <summary>Search text splits into stemmed and exact parts: <c>=word</c> and <c>="phrase"</c> are exact, the rest stemmed; --exact makes all exact.</summary>
public class SearchTermsTests
{
    [Theory]
    [InlineData("planning", false, "planning", "")]
    [InlineData("=planning", false, "", "planning")]
    [InlineData("planning", true, "", "planning")]
    [InlineData("=planning budget", false, "budget", "planning")]
    [InlineData("budget -=plan", false, "budget", "-plan")]
    [InlineData("=\"town plan\" roads", false, "roads", "\"town plan\"")]
    [InlineData("\"a = b\" =c", false, "\"a = b\"", "c")]
    [InlineData("-budget or =planning", false, "-budget or", "planning")]
    [InlineData("=planning roads", true, "", "planning roads")]
    [InlineData("= -= ==", false, "", "=")]
    public void Text_splits_into_stemmed_and_exact_parts(string text, bool allExact, string stemmed, string exact) =>
        Assert.Equal(new SearchTerms(stemmed, exact), SearchTerms.Parse(text, allExact));

    [Fact]
    public void Each_part_is_matched_on_its_own_column()
    {
        var terms = new SearchTerms("budget", "planning");

        Assert.Equal("x.search @@ websearch_to_tsquery('english', @Query) AND x.search_exact @@ websearch_to_tsquery('simple', @Exact)", terms.Match("x"));
        Assert.Equal("x.search_exact @@ q.xq", new SearchTerms("", "planning").Match("x", "q.tsq", "q.xq"));
        Assert.Equal(("simple", "q.xq"), new SearchTerms("", "planning").Headline("q.tsq", "q.xq"));
        Assert.Equal(("english", "q.tsq"), new SearchTerms("plan", "").Headline("q.tsq", "q.xq"));
    }
}
