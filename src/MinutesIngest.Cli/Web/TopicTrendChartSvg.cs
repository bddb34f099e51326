using System.Globalization;
using System.Text;
using MinutesIngest.Storage.Topics;
using static MinutesIngest.Cli.Web.Html;

namespace MinutesIngest.Cli.Web;

/// <summary>
/// Draws a topic's trend as an SVG bar chart on the server, in <see cref="TrendChartSvg"/>'s style: per period a pale
/// column where meetings were held and a dark bar as tall as the topic's prevalence, one bar per body series.
/// </summary>
internal static class TopicTrendChartSvg
{
    private const int Height = 220, Top = 16, Bottom = 46, Left = 44, MaxWidth = 1040;

    public static string Render(IReadOnlyList<TopicTrendPoint> points)
    {
        var series = points.GroupBy(p => p.Series).Select(g => g.ToList()).ToList();
        var periods = series.Count == 0 ? 0 : series[0].Count;
        if (periods == 0) return "";
        // The axis tops out at the highest prevalence rounded up to 5 %, so a rare topic's bars are not flat lines.
        var max = Math.Max(0.05, Math.Ceiling(points.Max(p => p.Prevalence) * 20) / 20);
        var slot = Math.Clamp((MaxWidth - Left) / (double)periods, 4, 90);
        var bar = Math.Max(2, (slot - 2) / series.Count);
        var width = (int)Math.Ceiling(Left + slot * periods + 4);
        var plot = Height - Top - Bottom;
        var labelEvery = (int)Math.Ceiling(28 / slot);
        var b = new StringBuilder();
        b.Append(Inv($"<svg id=\"topic-trend-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{Height}\" viewBox=\"0 0 {width} {Height}\" role=\"img\" aria-label=\"prevalence of the topic per period\">"));
        for (var tick = 0; tick <= 4; tick++)
        {
            var value = max * tick / 4.0;
            var y = Top + plot - plot * tick / 4.0;
            b.Append(Inv($"<line x1=\"{Left}\" x2=\"{width}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#e2e8f0\"/><text x=\"{Left - 4}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{value * 100:0.#}%</text>"));
        }
        for (var i = 0; i < periods; i++)
        {
            var x0 = Left + slot * i + 1;
            for (var s = 0; s < series.Count; s++)
            {
                var p = series[s][i];
                var x = x0 + bar * s;
                var tip = E(string.Create(CultureInfo.InvariantCulture,
                    $"{p.Series ?? "all bodies"} {p.Period}: prevalence {p.Prevalence * 100:0.#}% over {p.Items} items; in {p.MeetingsWithTopic} of {p.MeetingsHeld} meetings"));
                if (p.MeetingsHeld > 0)
                    b.Append(Inv($"<rect class=\"held\" x=\"{x:0.##}\" y=\"{Top}\" width=\"{bar - 1:0.##}\" height=\"{plot}\" fill=\"{TrendChartSvg.Colour(s)}\" fill-opacity=\"0.08\"><title>{tip}</title></rect>"));
                var height = plot * p.Prevalence / max;
                if (height >= 0.5)
                    b.Append(Inv($"<rect class=\"bar\" data-series=\"{E(p.Series ?? "")}\" data-period=\"{E(p.Period)}\" data-prevalence=\"{p.Prevalence:0.####}\" x=\"{x:0.##}\" y=\"{Top + plot - height:0.##}\" width=\"{bar - 1:0.##}\" height=\"{height:0.##}\" fill=\"{TrendChartSvg.Colour(s)}\"><title>{tip}</title></rect>"));
            }
            if (i % labelEvery == 0)
                b.Append(Inv($"<text x=\"{x0 + (slot - 2) / 2:0.##}\" y=\"{Height - Bottom + 14}\" text-anchor=\"end\" transform=\"rotate(-40 {x0 + (slot - 2) / 2:0.##} {Height - Bottom + 14})\">{E(series[0][i].Period)}</text>"));
        }
        b.Append("</svg>");
        return b.ToString();
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
