using MinutesIngest.Core.Bodies;

namespace MinutesIngest.Core.Tests.Bodies;

/// <summary>Spellings of one body normalise to one name; the body is read from headings that name it.</summary>
public sealed class BodyNamesTests
{
    [Theory]
    [InlineData("Example Parish Council", "Example Parish Council")]
    [InlineData("The Example Parish Council", "Example Parish Council")]
    [InlineData("Example PC", "Example Parish Council")]
    [InlineData("Example TC", "Example Town Council")]
    [InlineData("Open Widget Format (OWF) TC", "Open Widget Format (OWF) TC")]
    [InlineData("EXAMPLE PARISH COUNCIL", "Example Parish Council")]
    [InlineData("Friends  of the   Park & Garden", "Friends of the Park and Garden")]
    [InlineData("  ", null)]
    public void Normalises_a_bodys_name(string name, string? expected) => Assert.Equal(expected, BodyNames.Normalise(name));

    [Fact]
    public void Spellings_of_one_body_share_a_key() =>
        Assert.Single(new[] { "The Example PC", "Example Parish Council", "EXAMPLE PARISH COUNCIL", "the example pc", "Example Parish Council " }.Select(BodyNames.Key).Distinct());

    [Theory]
    [InlineData("Minutes of the Meeting of Example Parish Council", "Example Parish Council")]
    [InlineData("Minutes of the annual meeting of the Example Allotment Society held on 4 May 2024", "Example Allotment Society")]
    [InlineData("Example Township Board of Supervisors – Minutes", "Example Township Board of Supervisors")]
    [InlineData("Board of Trustees of the Example Community Trust", "Board of Trustees of the Example Community Trust")]
    [InlineData("Example Housing Co-operative Management Committee", "Example Housing Co-operative Management Committee")]
    [InlineData("Notes of the Steering Group meeting", "Steering Group")]
    [InlineData("Minutes Example Residents Council meeting 3 March 2020", "Example Residents Council")]
    [InlineData("Minutes of the 7th meeting of the Example Language Centre, Q3 2019", "Example Language Centre")]
    [InlineData("MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT OF EXAMPLEFORD", "MUNICIPAL DISTRICT OF EXAMPLEFORD")]
    [InlineData("Exampleton Cycling Campaign Annual General Meeting", "Exampleton Cycling Campaign")]
    [InlineData("Example Makers AGM 2022", "Example Makers")]
    [InlineData("Example Academy – Local Governing Body", "Example Academy Local Governing Body")]
    [InlineData("Example Family Support: Minutes of the Board of Trustees", "Example Family Support Board of Trustees")]
    [InlineData("Example Standards Body Open Widget Format (OWF) TC Meeting #11 May 2, 2020", "Example Standards Body Open Widget Format (OWF) TC")]
    [InlineData("` Open Widget Format (OWF) TC Monthly Meeting Minutes", "Open Widget Format (OWF) TC")]
    [InlineData("Minutes of the Example Data Exchange WG call, 4 May 2021", "Example Data Exchange WG")]
    [InlineData("Widget Interop Working Group – 3 March 2022", "Widget Interop Working Group")]
    [InlineData("Example TC Meeting 4 May 2022", "Example TC")]
    [InlineData("Directors' Meeting - Example Widgets Canada", "Example Widgets Canada")]
    [InlineData("Board Meeting – Example Makerspace, 4 May 2022", "Example Makerspace")]
    [InlineData("Committee Minutes: Example Rowing Club", "Example Rowing Club")]
    [InlineData("Example Project TSC Meeting 4 May 2022", "Example Project TSC")]
    [InlineData("February 12, 2015 Example Rowing Association Minutes", "Example Rowing Association")]
    [InlineData("2024-05-04 Example Allotment Society – Minutes", "Example Allotment Society")]
    [InlineData("Minutes 2024-05-04 – Example Widgets Working Group", "Example Widgets Working Group")]
    [InlineData("Meeting Minutes | Example Rowing Club", "Example Rowing Club")]
    [InlineData("Example Garden Society • Committee Meeting Minutes", "Example Garden Society")]
    [InlineData("Example Tech Team Meeting 2024-11-12", "Example Tech Team")]
    [InlineData("Example Township", "Example Township")]
    [InlineData("Minutes 4 May 2024: Example Rowing Club", "Example Rowing Club")]
    [InlineData("Example Roads, Parks and Waste Panel", "Example Roads, Parks and Waste Panel")]
    [InlineData("Finance, Audit and Risk Committee – 4 May 2024", "Finance, Audit and Risk Committee")]
    [InlineData("Example County Commission on Housing Minutes", "Example County Commission on Housing")]
    [InlineData("Minutes: Ann Lee, Policy Officer", null)]
    [InlineData("Notes: Ann Lee", null)]
    [InlineData("Finance Committee report", null)]
    [InlineData("group = \"minutes\"", null)]
    [InlineData("The committee approved the budget.", null)]
    [InlineData("Weekly Team Meeting", null)]
    [InlineData("Team Meeting", null)]
    [InlineData("Meeting Minutes - 03/21/2002 - Example Club Meeting Minutes", null)]
    [InlineData("Annual General Meeting 2018", null)]
    [InlineData("Minutes of the meeting held on 4 May 2022", null)]
    [InlineData("Minutes Done By: Ann Lee", null)]
    [InlineData("Minutes – Project meeting 1 – 15-9-2015", null)]
    [InlineData("Monthly Assurance Meeting April 2021", null)]
    [InlineData("2024-04-12", null)]
    public void Reads_the_body_a_heading_names(string line, string? expected) => Assert.Equal(expected, BodyResolver.FromLine(line));
}
