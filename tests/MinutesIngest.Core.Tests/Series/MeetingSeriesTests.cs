using MinutesIngest.Core.Series;

namespace MinutesIngest.Core.Tests.Series;

/// <summary>A meeting's series is its title without the body, dates and minutes furniture; a title naming only the body is the whole body's series.</summary>
public sealed class MeetingSeriesTests
{
    [Theory]
    [InlineData("Example Parish Council Planning Committee Meeting 3 March 2020", "Example Parish Council", "Planning Committee")]
    [InlineData("Minutes of the Planning Committee held on Tuesday 7th April 2020 at 7.30pm", "Example Parish Council", "Planning Committee")]
    [InlineData("PLANNING COMMITTEE – 12/05/2021", "Example Parish Council", "Planning Committee")]
    [InlineData("Draft minutes of the Extraordinary Meeting of the Planning Committee (Public)", "Example Parish Council", "Planning Committee")]
    [InlineData("Finance & General Purposes Committee – 12 May 2021", "Example Town Council", "Finance and General Purposes Committee")]
    [InlineData("Minutes of the Finance and General Purposes Committee meeting", "Example Town Council", "Finance and General Purposes Committee")]
    [InlineData("Minutes of the Meeting of Example Parish Council held on 4 May 2024", "Example Parish Council", "Full Council")]
    [InlineData("Parish Council Meeting – 3rd March 2020", "Example Parish Council", "Full Council")]
    [InlineData("Minutes of the meeting of the Example PC", "Example Parish Council", "Full Council")]
    [InlineData("Example PC – Minutes – 11 March 2004", "Example Parish Council", "Full Council")]
    [InlineData("Minutes of the 5th meeting of the Example Centre, Q2 2017", "Example Centre", "Full meeting")]
    [InlineData("Twenty-first meeting of the Example Data Panel", "Example Data Panel", "Full meeting")]
    [InlineData("Full Council", "Example Town Council", "Full Council")]
    [InlineData("Annual Meeting of the Council, 18 May 2022", "Example Town Council", "Full Council")]
    [InlineData("Board of Trustees Meeting", "Board of Trustees of the Example Trust", "Board")]
    [InlineData("Minutes of the AGM 2023", "Example Allotment Society", "Full meeting")]
    [InlineData("Example Housing Co-operative – Minutes – 2 June 2019", "Example Housing Co-operative", "Full meeting")]
    [InlineData("Steering Group – 4 May 2022", null, "Steering Group")]
    [InlineData("Minutes of the Meeting held on 4 May 2022", null, null)]
    [InlineData(null, "Example Town Council", "Full Council")]
    [InlineData(null, null, null)]
    public void Names_the_series_from_the_title_without_body_dates_and_furniture(string? title, string? body, string? expected) =>
        Assert.Equal(expected, MeetingSeries.Of(title, body));

    [Fact]
    public void Every_title_shape_of_one_committee_gives_one_series()
    {
        var titles = new[]
        {
            "Planning Committee 3 March 2020", "Minutes of the Planning Committee meeting held 7 April 2020",
            "EXAMPLE PARISH COUNCIL PLANNING COMMITTEE", "Example Parish Council – Planning Committee – Minutes", "Draft: Planning Committee, 1st June 2020",
        };
        Assert.Equal(["Planning Committee"], titles.Select(t => MeetingSeries.Of(t, "Example Parish Council")).Distinct());
    }

    [Fact]
    public void A_long_title_keeps_only_the_committee_it_names()
    {
        Assert.Equal("Village Hall Working Group", MeetingSeries.Of("Minutes of a meeting to agree the terms of reference of the Village Hall Working Group", "Example Parish Council"));
        Assert.Equal("Full Council", MeetingSeries.Of("Minutes of a meeting to agree the budget for the year and the precept to be set", "Example Parish Council"));
    }
}
