using System.Text.RegularExpressions;
using MinutesIngest.Web;
using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Cli.Tests.Web;

/// <summary>A chart of counts has whole-number ticks from 0 to at least the largest count, at most five intervals.</summary>
public partial class AxisTicksTests
{
    [Theory]
    [InlineData(1, "0,1")]
    [InlineData(3, "0,1,2,3")]
    [InlineData(13, "0,5,10,15")]
    [InlineData(10, "0,2,4,6,8,10")]
    [InlineData(0, "0,1")]
    [InlineData(99, "0,20,40,60,80,100")]
    [InlineData(1234, "0,500,1000,1500")]
    public void Count_ticks_are_whole_numbers_covering_the_largest_count(long max, string expected) =>
        Assert.Equal(expected, string.Join(",", AxisTicks.Counts(max)));

    [Fact]
    public void The_trend_chart_labels_its_count_axis_in_whole_numbers()
    {
        // 13 meetings held at most: the old axis read 3.3, 6.5, 9.8, 13.
        TrendPoint[] points = [new(null, new DateOnly(2021, 1, 1), "2021", 4, 13, 5), new(null, new DateOnly(2022, 1, 1), "2022", 2, 7, 2)];

        var svg = TrendChartSvg.Render(new TrendResult(TrendUnit.Year, points, null));
        var ticks = TickLabels().Matches(svg).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(["0", "5", "10", "15"], ticks);
    }

    [GeneratedRegex("<text class=\"tick\"[^>]*>([^<]*)</text>")]
    private static partial Regex TickLabels();
}
