using MinutesIngest.Core.Bodies;

namespace MinutesIngest.Core.Tests.Bodies;

/// <summary>Front-matter fields that name the organisation give the body; taxonomy values and flags do not.</summary>
public sealed class BodyInMetadataTests
{
    [Theory]
    [InlineData("front_matter_organisation", "Example Garden Club", "Example Garden Club")]
    [InlineData("front_matter_organization", "Example Garden Club", "Example Garden Club")]
    [InlineData("front_matter_org", "Example Makers", "Example Makers")]
    [InlineData("front_matter_committee", "Example Parish Council Planning Committee", "Example Parish Council Planning Committee")]
    [InlineData("front_matter_group", "minutes", null)]
    [InlineData("front_matter_board", "true", null)]
    [InlineData("front_matter_author", "Ann Lee", null)]
    [InlineData("html_title", "Example Garden Club", null)]
    public void A_front_matter_field_for_the_organisation_states_the_body(string key, string value, string? expected) =>
        Assert.Equal(expected, BodyInMetadata.Stated(new Dictionary<string, string> { [key] = value }));

    [Theory]
    [InlineData("front_matter_title", "Board of Directors Meeting", "Board of Directors")]
    [InlineData("html_title", "Minutes 2024-05-04 – Example Widgets Working Group", "Example Widgets Working Group")]
    [InlineData("article_h1", "Minutes of the Meeting of Example Parish Council", "Example Parish Council")]
    [InlineData("html_title", "Example Site", null)]
    [InlineData("title", "Minutes of the Meeting of Example Parish Council", null)]
    public void A_page_title_in_the_metadata_is_read_as_a_heading(string key, string value, string? expected) =>
        Assert.Equal(expected, BodyInMetadata.FromTitles(new Dictionary<string, string> { [key] = value }));
}
