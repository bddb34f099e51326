using System.Globalization;
using System.Text;
using MinutesIngest.Storage.Queries;
using static MinutesIngest.Cli.Web.Html;

namespace MinutesIngest.Cli.Web;

/// <summary>Draws a trend as an SVG bar chart on the server: per period a pale bar for meetings held and a dark one for meetings mentioning the topic, one group per series.</summary>
internal static class TrendChartSvg
{
    private static readonly string[] Colours = ["#2b6cb0", "#dd6b20", "#6b46c1", "#2f855a", "#c53030"];
    private const int Height = 220, Top = 16, Bottom = 46, Left = 36, MaxWidth = 1040;

    public static string Colour(int series) => Colours[series % Colours.Length];

    public static string Render(TrendResult trend)
    {
        var series = trend.Points.GroupBy(p => p.Series).Select(g => g.ToList()).ToList();
        var periods = series.Count == 0 ? 0 : series[0].Count;
        if (periods == 0) return "";
        var max = Math.Max(1, trend.Points.Max(p => p.MeetingsHeld));
        var slot = Math.Clamp((MaxWidth - Left) / (double)periods, 4, 90);
        var bar = Math.Max(2, (slot - 2) / series.Count);
        var width = (int)Math.Ceiling(Left + slot * periods + 4);
        var plot = Height - Top - Bottom;
        var labelEvery = (int)Math.Ceiling(28 / slot);
        var b = new StringBuilder();
        b.Append(Inv($"<svg id=\"trend-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{Height}\" viewBox=\"0 0 {width} {Height}\" role=\"img\" aria-label=\"meetings mentioning the topic per period\">"));
        for (var tick = 0; tick <= 4; tick++)
        {
            var value = max * tick / 4.0;
            var y = Top + plot - plot * tick / 4.0;
            b.Append(Inv($"<line x1=\"{Left}\" x2=\"{width}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#e2e8f0\"/><text x=\"{Left - 4}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{value:0.#}</text>"));
        }
        for (var i = 0; i < periods; i++)
        {
            var x0 = Left + slot * i + 1;
            for (var s = 0; s < series.Count; s++)
            {
                var p = series[s][i];
                var x = x0 + bar * s;
                var held = plot * p.MeetingsHeld / (double)max;
                var mentioning = plot * p.MeetingsMentioning / (double)max;
                var tip = E($"{p.Series ?? "all meetings"} {p.Period}: {p.MeetingsMentioning} of {p.MeetingsHeld} meetings, {p.ItemsMatching} items");
                b.Append(Inv($"<rect class=\"held\" x=\"{x:0.##}\" y=\"{Top + plot - held:0.##}\" width=\"{bar - 1:0.##}\" height=\"{held:0.##}\" fill=\"{Colour(s)}\" fill-opacity=\"0.18\"><title>{tip}</title></rect>"));
                if (p.MeetingsMentioning > 0)
                    b.Append(Inv($"<rect class=\"bar\" data-period=\"{E(p.Period)}\" data-count=\"{p.MeetingsMentioning}\" x=\"{x:0.##}\" y=\"{Top + plot - mentioning:0.##}\" width=\"{bar - 1:0.##}\" height=\"{mentioning:0.##}\" fill=\"{Colour(s)}\"><title>{tip}</title></rect>"));
            }
            if (i % labelEvery == 0)
                b.Append(Inv($"<text x=\"{x0 + (slot - 2) / 2:0.##}\" y=\"{Height - Bottom + 14}\" text-anchor=\"end\" transform=\"rotate(-40 {x0 + (slot - 2) / 2:0.##} {Height - Bottom + 14})\">{E(series[0][i].Period)}</text>"));
        }
        b.Append("</svg>");
        return b.ToString();
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
