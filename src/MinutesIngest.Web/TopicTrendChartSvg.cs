using System.Globalization;
using MinutesIngest.Storage.Topics;
using static MinutesIngest.Web.Html;
using static MinutesIngest.Web.SvgBarChart;

namespace MinutesIngest.Web;

/// <summary>
/// Draws a topic's trend as an SVG bar chart on the server, in <see cref="TrendChartSvg"/>'s style: per period a pale
/// column where meetings were held and a dark bar as tall as the topic's prevalence, one bar per body series.
/// </summary>
internal static class TopicTrendChartSvg
{
    public static string Render(IReadOnlyList<TopicTrendPoint> points)
    {
        var series = points.GroupBy(p => p.Series).Select(g => g.ToList()).ToList();
        if (series.Count == 0) return "";
        // The axis tops out at the highest prevalence rounded up to 5 %, so a rare topic's bars are not flat lines.
        var max = Math.Max(0.05, Math.Ceiling(points.Max(p => p.Prevalence) * 20) / 20);
        return SvgBarChart.Render("topic-trend-chart", "prevalence of the topic per period", 44, series[0].Select(p => p.Period).ToList(), series.Count,
            AxisTicks.Quarters(max), value => Inv($"{value * 100:0.#}%"), (b, chart, i, s, x) =>
            {
                var p = series[s][i];
                var tip = E(string.Create(CultureInfo.InvariantCulture,
                    $"{p.Series ?? "all bodies"} {p.Period}: prevalence {p.Prevalence * 100:0.#}% over {p.Items} items; in {p.MeetingsWithTopic} of {p.MeetingsHeld} meetings"));
                if (p.MeetingsHeld > 0)
                    b.Append(Inv($"<rect class=\"held\" x=\"{x:0.##}\" y=\"{SvgBarChart.Top}\" width=\"{chart.BarWidth - 1:0.##}\" height=\"{SvgBarChart.Plot}\" fill=\"{TrendChartSvg.Colour(s)}\" fill-opacity=\"0.08\"><title>{tip}</title></rect>"));
                var height = SvgBarChart.Plot * p.Prevalence / max;
                if (height >= 0.5)
                    b.Append(Inv($"<rect class=\"bar\" data-series=\"{E(p.Series ?? "")}\" data-period=\"{E(p.Period)}\" data-prevalence=\"{p.Prevalence:0.####}\" x=\"{x:0.##}\" y=\"{SvgBarChart.Top + SvgBarChart.Plot - height:0.##}\" width=\"{chart.BarWidth - 1:0.##}\" height=\"{height:0.##}\" fill=\"{TrendChartSvg.Colour(s)}\"><title>{tip}</title></rect>"));
            });
    }
}
