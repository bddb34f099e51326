using MinutesIngest.Core.Bodies;

namespace MinutesIngest.Core.Tests.Bodies;

/// <summary>A committee named together with its council is filed under the council (the committee is one of its series).</summary>
public sealed class BodyParentTests
{
    [Theory]
    [InlineData("Example Parish Council Planning Committee", "Example Parish Council")]
    [InlineData("Example Town Council – Finance and General Purposes Committee", "Example Town Council")]
    [InlineData("Planning Committee of Example Parish Council", "Example Parish Council")]
    [InlineData("Finance Sub-Committee of the Example Allotment Society", "Example Allotment Society")]
    [InlineData("Highways Scrutiny Committee", "Highways Scrutiny Committee")]
    [InlineData("Example Parish Council", "Example Parish Council")]
    [InlineData("Board of Trustees of the Example Community Trust", "Board of Trustees of the Example Community Trust")]
    [InlineData("Example Housing Co-operative Management Committee", "Example Housing Co-operative Management Committee")]
    [InlineData(null, null)]
    public void A_committee_named_with_its_council_belongs_to_the_council(string? body, string? expected) =>
        Assert.Equal(expected, BodyResolver.ParentOf(body));
}
