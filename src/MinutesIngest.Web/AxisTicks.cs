namespace MinutesIngest.Web;

/// <summary>Tick values for a chart's vertical axis.</summary>
internal static class AxisTicks
{
    /// <summary>
    /// Whole-number ticks for counts, from 0 to the first multiple of the step at or above <paramref name="max"/>: the step is
    /// 1, 2 or 5 times a power of ten, the smallest giving at most <paramref name="maxTicks"/> intervals — a count axis
    /// reading 3.3, 6.5, 9.8 suggests fractions of a meeting.
    /// </summary>
    public static IReadOnlyList<double> Counts(long max, int maxTicks = 5)
    {
        max = Math.Max(1, max);
        long step = 1;
        for (long scale = 1; ; scale *= 10)
        {
            var found = new[] { 1L, 2L, 5L }.Select(m => m * scale).FirstOrDefault(s => (max + s - 1) / s <= maxTicks);
            if (found > 0) { step = found; break; }
        }
        var top = (max + step - 1) / step * step;
        var ticks = new List<double>();
        for (var v = 0L; v <= top; v += step) ticks.Add(v);
        return ticks;
    }

    /// <summary>Four equal intervals from 0 to <paramref name="top"/>, for shares and other continuous values.</summary>
    public static IReadOnlyList<double> Quarters(double top) => [0, top / 4, top / 2, top * 3 / 4, top];
}
