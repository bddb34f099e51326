using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Storage.Tests.Queries;

/// <summary>A body filter that matches nothing is answered with the names nearest what was typed.</summary>
public class NearestNamesTests
{
    private static readonly string[] Bodies =
    [
        "Lower Fenbrook Parish Council", "Upper Fenbrook Parish Council", "Highways Scrutiny Committee", "Library Trust Board",
        "Fenbrook Planning Committee",
    ];

    [Theory]
    [InlineData("Parsh Councl", "Lower Fenbrook Parish Council|Upper Fenbrook Parish Council")]
    [InlineData("highway", "Highways Scrutiny Committee")]
    [InlineData("libary", "Library Trust Board")]
    [InlineData("fenbrok planing", "Fenbrook Planning Committee")]
    public void The_nearest_names_come_first(string typed, string expectedFirst)
    {
        var nearest = NearestNames.Rank(typed, Bodies, 5);
        var expected = expectedFirst.Split('|');
        Assert.Equal(expected, nearest.Take(expected.Length));
    }

    [Fact]
    public void Names_sharing_nothing_with_the_text_are_not_offered()
    {
        Assert.Empty(NearestNames.Rank("xyzzy", Bodies, 5));
        Assert.Empty(NearestNames.Rank("!!", Bodies, 5));
        Assert.Equal(2, NearestNames.Rank("council", Bodies, 2).Count);
    }
}
