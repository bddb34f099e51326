using MinutesIngest.Storage.Queries;
using static MinutesIngest.Web.Html;
using static MinutesIngest.Web.SvgBarChart;
using MinutesIngest.Web.Exports;

namespace MinutesIngest.Web;

/// <summary>Draws a trend as an SVG bar chart on the server: per period a pale bar for meetings held and a dark one for meetings mentioning the topic, one group per series.</summary>
internal static class TrendChartSvg
{
    private static readonly string[] Colours = ["#2b6cb0", "#dd6b20", "#6b46c1", "#2f855a", "#c53030"];

    public static string Colour(int series) => Colours[series % Colours.Length];

    public static string Render(TrendResult trend)
    {
        var series = trend.Points.GroupBy(p => p.Series).Select(g => g.ToList()).ToList();
        if (series.Count == 0) return "";
        var ticks = AxisTicks.Counts(trend.Points.Max(p => p.MeetingsHeld));
        var max = ticks[^1];
        return SvgBarChart.Render("trend-chart", "meetings mentioning the topic per period", 36, series[0].Select(p => p.Period).ToList(), series.Count,
            ticks, value => Inv($"{value:0}"), (b, chart, i, s, x) =>
            {
                var p = series[s][i];
                var held = SvgBarChart.Plot * p.MeetingsHeld / (double)max;
                var mentioning = SvgBarChart.Plot * p.MeetingsMentioning / (double)max;
                var bottom = SvgBarChart.Top + SvgBarChart.Plot;
                var tip = E($"{p.Series ?? "all meetings"} {p.Period}: {p.MeetingsMentioning} of {p.MeetingsHeld} meetings ({TrendColumns.Percent(p.Share)}), {p.ItemsMatching} items");
                b.Append(Inv($"<rect class=\"held\" x=\"{x:0.##}\" y=\"{bottom - held:0.##}\" width=\"{chart.BarWidth - 1:0.##}\" height=\"{held:0.##}\" fill=\"{Colour(s)}\" fill-opacity=\"0.18\"><title>{tip}</title></rect>"));
                if (p.MeetingsMentioning > 0)
                    b.Append(Inv($"<rect class=\"bar\" data-series=\"{E(p.Series ?? "")}\" data-period=\"{E(p.Period)}\" data-count=\"{p.MeetingsMentioning}\" x=\"{x:0.##}\" y=\"{bottom - mentioning:0.##}\" width=\"{chart.BarWidth - 1:0.##}\" height=\"{mentioning:0.##}\" fill=\"{Colour(s)}\"><title>{tip}</title></rect>"));
            });
    }
}
