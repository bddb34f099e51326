using System.Globalization;
using System.Text;
using static MinutesIngest.Web.Html;

namespace MinutesIngest.Web;

/// <summary>The frame the server-drawn bar charts share: size, horizontal grid with axis labels, one slot per period
/// (a bar per series inside it) and the rotated period labels; what each bar shows is the caller's.</summary>
internal sealed class SvgBarChart
{
    public const int Height = 220, Top = 16, Bottom = 46, MaxWidth = 1040;
    public const int Plot = Height - Top - Bottom;

    private readonly int _left;
    private readonly double _slot;

    private SvgBarChart(int left, int periods, int series)
    {
        _left = left;
        _slot = Math.Clamp((MaxWidth - left) / (double)periods, 4, 90);
        BarWidth = Math.Max(2, (_slot - 2) / series);
    }

    /// <summary>Width of one series' bar in a period's slot.</summary>
    public double BarWidth { get; }

    /// <summary>Draws the chart: <paramref name="drawBar"/>(builder, period, series, x) adds the rectangles of one bar; a grid
    /// line and label per tick (<see cref="AxisTicks"/>), the last tick at the top of the plot.</summary>
    public static string Render(string id, string ariaLabel, int left, IReadOnlyList<string> periods, int series,
        IReadOnlyList<double> ticks, Func<double, string> tickLabel, Action<StringBuilder, SvgBarChart, int, int, double> drawBar)
    {
        if (periods.Count == 0 || series == 0) return "";
        var chart = new SvgBarChart(left, periods.Count, series);
        var width = (int)Math.Ceiling(left + chart._slot * periods.Count + 4);
        var labelEvery = (int)Math.Ceiling(28 / chart._slot);
        var b = new StringBuilder();
        b.Append(Inv($"<svg id=\"{id}\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{Height}\" viewBox=\"0 0 {width} {Height}\" role=\"img\" aria-label=\"{ariaLabel}\">"));
        var max = ticks[^1];
        foreach (var tick in ticks)
        {
            var y = Top + Plot - Plot * tick / max;
            b.Append(Inv($"<line x1=\"{left}\" x2=\"{width}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#e2e8f0\"/><text class=\"tick\" x=\"{left - 4}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{tickLabel(tick)}</text>"));
        }
        for (var i = 0; i < periods.Count; i++)
        {
            var x0 = left + chart._slot * i + 1;
            for (var s = 0; s < series; s++) drawBar(b, chart, i, s, x0 + chart.BarWidth * s);
            if (i % labelEvery == 0)
                b.Append(Inv($"<text x=\"{x0 + (chart._slot - 2) / 2:0.##}\" y=\"{Height - Bottom + 14}\" text-anchor=\"end\" transform=\"rotate(-40 {x0 + (chart._slot - 2) / 2:0.##} {Height - Bottom + 14})\">{E(periods[i])}</text>"));
        }
        b.Append("</svg>");
        return b.ToString();
    }

    public static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
