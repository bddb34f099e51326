using MinutesIngest.Core.Bodies;

namespace MinutesIngest.Core.Tests.Bodies;

/// <summary>A header label naming the organisation gives the body; labels that hold a number, people or a sentence do not.</summary>
public sealed class BodyInLabelsTests
{
    [Theory]
    [InlineData("Organisation: Example Allotment Holders", "Example Allotment Holders")]
    [InlineData("Organization name: Example Widgets Inc.", "Example Widgets Inc")]
    [InlineData("Group: Example Widgets Working Group", "Example Widgets Working Group")]
    [InlineData("Club: Example Radio Club", "Example Radio Club")]
    [InlineData("Group: 7", null)]
    [InlineData("Group: Ann Lee", null)]
    [InlineData("Organisation: Ann Lee, Bob Ray", null)]
    [InlineData("Board: approved the budget", null)]
    [InlineData("Venue: Example Village Hall", null)]
    [InlineData("", null)]
    public void Reads_the_body_a_label_names(string line, string? expected) => Assert.Equal(expected, BodyInLabels.FromLabel(line));
}
