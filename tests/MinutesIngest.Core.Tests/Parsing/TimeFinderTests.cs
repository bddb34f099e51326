using MinutesIngest.Core.Parsing.Text;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>Clock times become 24-hour HH:mm, a range gives its start; item numbers and prices are not times.</summary>
public sealed class TimeFinderTests
{
    [Theory]
    [InlineData("Tuesday 27th April, 14:00 pm", "14:00")]     // a redundant pm on a 24-hour time
    [InlineData("7.30pm", "19:30")]
    [InlineData("10am", "10:00")]
    [InlineData("6PM", "18:00")]
    [InlineData("3.15pm – 4.45pm", "15:15")]                  // a range gives its start
    [InlineData("The meeting was called to order at 13:11.", "13:11")]
    [InlineData("12 noon", "12:00")]
    [InlineData("10.30 – 12.30", "10:30")]
    [InlineData("10.30 to 12.30", "10:30")]
    [InlineData("6.30 - 8pm", "18:30")]                       // the end's pm applies to the start
    [InlineData("9 a.m.", "09:00")]
    [InlineData("12pm", "12:00")]
    [InlineData("12am", "00:00")]
    [InlineData("Start time: 19:00", "19:00")]
    [InlineData("commenced at 14.00 hrs", "14:00")]
    [InlineData("7:05 PM EST", "19:05")]                      // time zones are dropped
    [InlineData("met at 01:00p EDT", "13:00")]                // a lone p after the minutes
    [InlineData("The meeting commenced at 1835", "18:35")]    // four digits after "at"
    [InlineData("closed at 2015", "20:15")]
    [InlineData("started 0930 hrs", "09:30")]
    [InlineData("3rd May 2019, 1330-1530", "13:30")]          // a span in 24-hour clock figures
    [InlineData("0930 – 1230", "09:30")]
    public void Reads_a_clock_time_as_24_hour(string text, string expected)
    {
        Assert.Equal(expected, TimeFinder.FindFirst(text));
    }

    [Theory]
    [InlineData("2.1 Finance")]
    [InlineData("The fee is £7.30")]
    [InlineData("Item 10.30 deferred")]
    [InlineData("05/03/2024")]
    [InlineData("The 2020 budget")]
    [InlineData("Room 4a")]
    [InlineData("budget for 2021")]
    [InlineData("Section 3.15 of the standing orders")]
    [InlineData("Accounts for 2019-2020")]                    // a range of years is no span of hours
    [InlineData("Plan for 2000-2030")]
    [InlineData("The 1800-1900 collection")]
    public void Finds_no_time_where_none_is_written(string text)
    {
        Assert.Null(TimeFinder.FindFirst(text));
    }
}
