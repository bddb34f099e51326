using MinutesIngest.Core.Bodies;

namespace MinutesIngest.Core.Tests.Bodies;

/// <summary>A body known by its initials is read from a title that makes them its subject, and spelled out where the text
/// defines them; initials of a kind of meeting, and capitalised words, are not taken for a body.</summary>
public sealed class BodyAcronymsTests
{
    [Theory]
    [InlineData("EWF Monthly Meeting", "EWF")]
    [InlineData("ExWF Meeting Minutes", "ExWF")]
    [InlineData("Board Meeting – EWF Minutes", "EWF")]
    [InlineData("Meeting Minutes - 03/21/2002 - ExCC Meeting Minutes", "ExCC")]
    [InlineData("AGM Minutes", null)]
    [InlineData("TSC Meeting", null)]
    [InlineData("Budget Meeting", null)]
    [InlineData("McKay Meeting", null)]
    [InlineData("REGULAR MEETING MINUTES", null)]
    [InlineData("EWF newsletter", null)]
    [InlineData("", null)]
    public void Reads_initials_a_title_makes_its_subject(string line, string? expected) =>
        Assert.Equal(expected, BodyAcronyms.Subject(line));

    [Theory]
    [InlineData("EWF", "The Example Widget Foundation (EWF) thanked its volunteers.", "Example Widget Foundation")]
    [InlineData("ExWF", "Members of the Example Widget Foundation (ExWF) met.", "Example Widget Foundation")]
    [InlineData("EWF", "Minutes of the Friends of Example Widgets (FEW).", "EWF")]
    [InlineData("EWF", "The Widget Fund (EWF) paid.", "EWF")]
    [InlineData("Example Society", "The Example Society (ES) met.", "Example Society")]
    [InlineData("EWF Board", "The Example Widget Foundation (EWF) met.", "Example Widget Foundation Board")]
    public void Spells_out_initials_the_text_defines(string body, string line, string expected) =>
        Assert.Equal(expected, BodyAcronyms.Expanded(body, [line]));
}
