using MinutesIngest.Core.Parsing.Text;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>Dates in every common written form become ISO dates; numbers that are not dates stay unread.</summary>
public sealed class DateFinderTests
{
    [Theory]
    [InlineData("Tuesday 27th April 2021", "2021-04-27")]
    [InlineData("05/03/2024", "2024-03-05")]                 // UK day-first
    [InlineData("05.03.2024", "2024-03-05")]
    [InlineData("03/25/2024", "2024-03-25")]                 // 25 cannot be a month: month-first
    [InlineData("March 5, 2024", "2024-03-05")]
    [InlineData("September 23rd, 2020", "2020-09-23")]
    [InlineData("15-9-2015", "2015-09-15")]
    [InlineData("11th March 2004", "2004-03-11")]
    [InlineData("Date: 2013/01/14", "2013-01-14")]           // year first with slashes (wikis, East Asian usage)
    [InlineData("2013.01.14 Board", "2013-01-14")]           // year first with points (Central European usage)
    [InlineData("Held on 2021-05-19.", "2021-05-19")]
    [InlineData("MARCH 12, 2025", "2025-03-12")]
    [InlineData("5th and 6th March 2019", "2019-03-05")]  // a meeting over several days: its first day
    [InlineData("June 2-4, 2011", "2011-06-02")]
    [InlineData("12–14 May 2023", "2023-05-12")]
    [InlineData("11-12/10/2021", "2021-10-11")]                   // two days written as a numeric day range
    [InlineData("2024-03-05", "2024-03-05")]
    [InlineData("Meeting held on Wednesday 3rd of February 2016 at 7pm", "2016-02-03")]
    [InlineData("Thursday, 1 Dec. 2022", "2022-12-01")]
    [InlineData("Minutes of the meeting held on 14 Sept 2023 in the hall", "2023-09-14")]
    [InlineData("Date: 5/3/24", "2024-03-05")]
    [InlineData("Start: 2021-05-19T13:00:45.938Z", "2021-05-19")]   // ISO 8601 timestamp
    [InlineData("11° September 2025", "2025-09-11")]              // a raised ordinal as OCR reads it
    [InlineData("Held on 3’ March 2022", "2022-03-03")]
    [InlineData("Held on 2nd sept 2024 in the hall at 7:35pm", "2024-09-02")]   // lower-case, four-letter abbreviation
    [InlineData("Next meeting Sept. 14, 2026", "2026-09-14")]
    [InlineData("held on 2 october 2019", "2019-10-02")]
    [InlineData("the 3 may 2021 meeting", "2021-05-03")]                         // lower-case "may" with its year
    [InlineData("Sept 9th 2024", "2024-09-09")]
    public void Reads_a_written_date_as_iso(string text, string expected)
    {
        var found = DateFinder.FindFirst(text);
        Assert.Equal(expected, found?.Date.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("Tuesday 27th April", "Quarterly Scrutiny Meeting April 2021", "2021-04-27")]
    [InlineData("Monday 5 July", "Board of Trustees – Minutes 2019", "2019-07-05")]
    [InlineData("June 9th", "Annual Parish Meeting 2022", "2022-06-09")]
    public void A_date_without_a_year_takes_the_year_of_the_title(string dateLine, string title, string expected)
    {
        var year = DateFinder.FindYear(title);
        var found = DateFinder.FindFirst(dateLine, year);
        Assert.Equal(expected, found?.Date.ToString("yyyy-MM-dd"));
        Assert.False(found?.YearWasGiven);
    }

    [Theory]
    [InlineData("Tuesday 27th April")]                         // no year and none supplied: never guessed
    [InlineData("item 2.1 was deferred")]
    [InlineData("The fee is £12.50 per session")]
    [InlineData("the 2020 budget was approved")]
    [InlineData("Saturday 1st — 2019")]                                  // incomplete: no month
    [InlineData("Minute 23/045 refers")]
    [InlineData("Meeting started at 10.30am")]
    [InlineData("Planning application 20/45 was supported")]
    [InlineData("31/02/2024")]                                 // no such day
    public void Finds_no_date_where_none_is_written(string text)
    {
        Assert.Null(DateFinder.FindFirst(text));
    }

    [Theory]
    [InlineData("Item 3 may be deferred to the next meeting", null)]   // "may" as a verb, even where a year would be supplied
    [InlineData("Rooms may 12 hours a week be let", null)]
    [InlineData("Tuesday 3 May", "2024-05-03")]                          // the capitalised month still reads
    [InlineData("Friday 6th sept", "2024-09-06")]
    public void A_lower_case_may_without_a_year_is_a_verb(string text, string? expected)
    {
        Assert.Equal(expected, DateFinder.FindFirst(text, 2024)?.Date.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("04/03/2024", false, "2024-03-04")]
    [InlineData("04/03/2024", true, "2024-04-03")]
    [InlineData("13/03/2024", true, "2024-03-13")]             // 13 cannot be a month whatever the document's habit
    public void Ambiguous_numeric_dates_follow_the_documents_order(string text, bool monthFirst, string expected)
    {
        Assert.Equal(expected, DateFinder.FindFirst(text, monthFirst: monthFirst)?.Date.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("Deadline moved from 1 May 2024 to 30/06/2024", "2024-05-01,2024-06-30")]
    [InlineData("Draft due by 14th March 2019", "2019-03-14")]
    public void Finds_every_date_in_order(string text, string expected)
    {
        var all = DateFinder.FindAll(text).Select(d => d.Date.ToString("yyyy-MM-dd"));
        Assert.Equal(expected, string.Join(",", all));
    }

    [Theory]
    [InlineData(new[] { "Meeting 04/01/2022", "Update 3/23: next step agreed.", "Done by 4/15." }, true)]   // two year-less dates only month-first
    [InlineData(new[] { "Meeting 04/01/2022", "Update 3/23: next step agreed." }, false)]                  // one alone may be a fraction
    [InlineData(new[] { "Meeting 04/01/2022", "Update 3/23.", "Due 4/15.", "Paid 23/3." }, false)]          // the two orders disagree
    [InlineData(new[] { "Meeting 04/01/2022", "The 2012/13 and 2013/14 accounts." }, false)]               // financial years are no dates
    [InlineData(new[] { "Meeting 25/01/2022", "Update 3/23.", "Due 4/15." }, false)]                       // a full date read day-first wins
    public void Year_less_dates_tell_the_order_only_when_two_agree(string[] lines, bool monthFirst) =>
        Assert.Equal(monthFirst, DateFinder.DetectMonthFirst(lines));
}
