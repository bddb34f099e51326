using MinutesIngest.Core.Parsing.Items;

namespace MinutesIngest.Core.Tests.Parsing.Items;

/// <summary>Procedural headings are recognised in the forms many bodies write them; a subject that merely shares a word is not.</summary>
public class ProceduralItemsTests
{
    [Theory]
    [InlineData("Apologies")]
    [InlineData("1. Apologies for absence")]
    [InlineData("Welcome and apologies")]
    [InlineData("To receive apologies for absence")]
    [InlineData("Declarations of Interest")]
    [InlineData("2.1 Declarations of pecuniary and non-pecuniary interests")]
    [InlineData("Minutes of the last meeting")]
    [InlineData("Minutes of the previous meeting held on 3 March")]
    [InlineData("Approval of the minutes")]
    [InlineData("To approve the minutes")]
    [InlineData("Matters arising")]
    [InlineData("Matters arising from the minutes")]
    [InlineData("Minutes of the last meeting and matters arising")]
    [InlineData("Any other business")]
    [InlineData("5. General Business")]
    [InlineData("AOB")]
    [InlineData("Date of next meeting")]
    [InlineData("Date, time and venue of the next meeting")]
    [InlineData("Adjournment")]
    [InlineData("Close of meeting")]
    [InlineData("Meeting closed")]
    [InlineData("Call to order")]
    [InlineData("Apologies, declarations of interest (none)")]
    [InlineData("Chair’s welcome")]
    public void Procedural_headings_are_recognised(string title) => Assert.True(ProceduralItems.IsProcedural(title), title);

    [Theory]
    [InlineData("Planning applications")]
    [InlineData("Budget and precept")]
    [InlineData("Date of the village fete")]
    [InlineData("Minutes")] // a bare heading is procedural...
    [InlineData("Business rates relief")]
    [InlineData("Interest rates on reserves")]
    [InlineData("Closure of the footpath at Mill Lane")]
    [InlineData("Declarations of interest and the new recycling contract")]
    [InlineData("")]
    [InlineData(null)]
    public void Subjects_are_not_procedural(string? title)
    {
        var expected = title == "Minutes"; // ...while everything else here names a subject
        Assert.Equal(expected, ProceduralItems.IsProcedural(title));
    }
}
