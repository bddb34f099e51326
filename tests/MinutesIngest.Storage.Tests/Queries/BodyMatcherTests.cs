using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Storage.Tests.Queries;

/// <summary>A --body filter names a stored body by its whole name or a spelling it was found under, never by a piece of it.</summary>
public sealed class BodyMatcherTests
{
    private static readonly (string Body, string? Alias)[] Names =
    [
        ("Upper Fenbrook Parish Council", null),
        ("Upper Fenbrook Parish Council Finance Committee", null),
        ("Parish Council", null),
        ("Fenbrook and District Allotment Society", "The Fenbrook & District Allotment Society"),
        ("Lower Fenbrook Parish Council", "Lower Fenbrook PC"),
        ("Lower Fenbrook Parish Council", "Fenbrook Lower Council"),
    ];

    [Theory]
    [InlineData("Parish Council", "Parish Council")]
    [InlineData("Upper Fenbrook Parish Council", "Upper Fenbrook Parish Council")]
    [InlineData("upper fenbrook parish council", "Upper Fenbrook Parish Council")]
    [InlineData("  UPPER   FENBROOK PARISH COUNCIL ", "Upper Fenbrook Parish Council")]
    [InlineData("The Upper Fenbrook Parish Council", "Upper Fenbrook Parish Council")]
    [InlineData("Upper Fenbrook PC", "Upper Fenbrook Parish Council")]
    [InlineData("Fenbrook & District Allotment Society", "Fenbrook and District Allotment Society")]
    [InlineData("the fenbrook and district allotment society", "Fenbrook and District Allotment Society")]
    [InlineData("Fenbrook Lower Council", "Lower Fenbrook Parish Council")]
    [InlineData("Lower Fenbrook PC", "Lower Fenbrook Parish Council")]
    [InlineData("Fenbrook", "")]
    [InlineData("Upper Fenbrook", "")]
    [InlineData("Finance Committee", "")]
    [InlineData("Allotment Society", "")]
    [InlineData("%", "")]
    [InlineData("", "")]
    public void A_filter_names_a_body_by_its_whole_name_or_an_alias(string filter, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), BodyMatcher.Match(filter, Names));
}
