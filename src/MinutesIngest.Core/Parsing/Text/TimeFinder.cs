using System.Globalization;
using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Text;

/// <summary>Finds clock times ("14:00 pm", "7.30pm", "10am", "6PM", "13:11") and renders them as 24-hour HH:mm.</summary>
public static partial class TimeFinder
{
    /// <summary>The first time in the text, as HH:mm; the start of a range counts.</summary>
    public static string? FindFirst(string text) => FindAll(text).Select(t => t.Time).FirstOrDefault();

    /// <summary>True when the text is a clock time and nothing more, perhaps with when someone came or left ("11:03AM", "left 8.15pm").</summary>
    public static bool IsTimeOnly(string text) => TimeOnly().IsMatch(text) && FindFirst(text) != null;

    [GeneratedRegex(@"^\W*(?:(?:arrived|left|joined|from|until|till|at)\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?)?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOnly();

    public static IEnumerable<(string Time, int Index)> FindAll(string text) => FindAllMarked(text).Select(t => (t.Time, t.Index));

    /// <summary>
    /// All times with how the text fixed the half of the day: "am", "pm", "noon", "24h" (a 24-hour form such as "19:30",
    /// "07:56" or "1830 hrs"), or null for a bare "7:56" that could be either.
    /// </summary>
    public static IEnumerable<(string Time, int Index, string? Meridiem)> FindAllMarked(string text) =>
        ClockTimes(text).Concat(FourDigitTimes(text)).OrderBy(t => t.Index);

    // Military-style "at 1830" / "1830 hrs": four digits are a time only after "at"/"from" or before "hrs", since alone they read as years.
    private static IEnumerable<(string Time, int Index, string? Meridiem)> FourDigitTimes(string text)
    {
        foreach (Match m in FourDigit().Matches(text))
            yield return ($"{m.Groups["h"].Value}:{m.Groups["m"].Value}", m.Groups["h"].Index, "24h");
        // "29 Jan 2015, 1400-1700": a meeting's span in 24-hour clock figures, opening a line or after a comma, a colon or "from".
        // Quarter hours and a span of half an hour to eight hours tell it from a range of years ("2019-2020").
        foreach (Match m in FourDigitSpan().Matches(text))
        {
            var start = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) * 60 + int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            var end = int.Parse(m.Groups["eh"].Value, CultureInfo.InvariantCulture) * 60 + int.Parse(m.Groups["em"].Value, CultureInfo.InvariantCulture);
            if (end - start is >= MinSpanMinutes and <= MaxSpanMinutes)
                yield return ($"{m.Groups["h"].Value}:{m.Groups["m"].Value}", m.Groups["h"].Index, "24h");
        }
    }

    private const int MinSpanMinutes = 30;
    private const int MaxSpanMinutes = 8 * 60;

    [GeneratedRegex(@"(?<=(?:^|[,;:]|\b(?:from|time|times|between))\s*)(?<![\d/.:-])\b(?<h>[01]\d|2[0-3])(?<m>00|15|30|45)\s*[-–]\s*(?<eh>[01]\d|2[0-3])(?<em>00|15|30|45)\b(?![/.:-]\d)")]
    private static partial Regex FourDigitSpan();

    private static IEnumerable<(string Time, int Index, string? Meridiem)> ClockTimes(string text)
    {
        foreach (Match m in Clock().Matches(text))
        {
            var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            var suffix = m.Groups["ap"].Value.ToLowerInvariant().Replace(".", "");
            // "01:00p": a lone a/p is a suffix only after minutes; "4a" is a room or a paragraph.
            if (suffix.Length == 1) { if (!m.Groups["m"].Success) continue; suffix += "m"; }
            var sep = m.Groups["sep"].Value;
            string? meridiem = suffix.Length > 0 ? suffix : m.Groups["noon"].Success ? "noon" : hour >= 13 || hour == 0 || m.Groups["h"].Value.StartsWith('0') ? "24h" : null;
            if (m.Groups["noon"].Success)
            {
                // "12 noon", "12.00 midday": only twelve o'clock is noon.
                if (hour != 12 || minute != 0) continue;
            }
            else if (suffix.Length == 0)
            {
                // A bare "10.30" is only a time with a colon, or a dot when followed by a range or "hrs".
                if (!m.Groups["m"].Success) continue;
                if (sep == "." && !m.Groups["hrs"].Success && !RangeAfter(text, m.Index + m.Length)) continue;
                if (hour > 23) continue;
                // Meetings are not held at 1-6 in the morning: a bare "1:11" is early afternoon.
                if (sep == ":" && hour is >= 1 and <= 6 && !m.Groups["h"].Value.StartsWith('0')) hour += 12;
                // "15:15 – 16:45 pm": a suffix on the range end applies to the start too.
                var endSuffix = RangeEndSuffix(text, m.Index + m.Length);
                if (endSuffix == "pm" && hour < 12 && hour >= 1) { var endHour = RangeEndHour(text, m.Index + m.Length); if (endHour is { } eh && eh >= hour && eh < 12) { hour += 12; meridiem = "pm"; } }
            }
            else
            {
                if (hour is < 1 or > 12) { if (hour is >= 13 and <= 23) { } else continue; }
                if (suffix == "pm" && hour < 12) hour += 12;
                if (suffix == "am" && hour == 12) hour = 0;
            }
            if (hour > 23 || minute > 59) continue;
            yield return ($"{hour:00}:{minute:00}", m.Index, meridiem);
        }
    }

    private static bool RangeAfter(string text, int at) => RangeTail().IsMatch(text.AsSpan(at).ToString());

    private static string? RangeEndSuffix(string text, int at)
    {
        var m = RangeTail().Match(text[at..]);
        return m.Success && m.Groups["ap"].Success ? m.Groups["ap"].Value.ToLowerInvariant().Replace(".", "") : null;
    }

    private static int? RangeEndHour(string text, int at)
    {
        var m = RangeTail().Match(text[at..]);
        return m.Success ? int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"(?<![\d.:/£$€-])(?<h>[0-2]?\d)(?:(?<sep>[:.])(?<m>[0-5]\d))?(?![\d/])(?:\s*(?<ap>[ap]\.?m\.?)(?![a-z])|(?<ap>[ap])(?![a-z])|\s*(?<noon>noon|midday)\b|(?<hrs>\s*(?:hrs|hours|h)\b))?(?![.:]\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Clock();

    [GeneratedRegex(@"(?:\b(?:at|from)\s+)(?<h>[01]\d|2[0-3])(?<m>[0-5]\d)\b(?![/.:-]\d)(?!\s*(?:am|pm|a\.m|p\.m))|(?<![\d/.:-])\b(?<h>[01]\d|2[0-3])(?<m>[0-5]\d)\s*(?:hrs|hours|h)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FourDigit();

    [GeneratedRegex(@"^\s*(?:-|–|—|to|until)\s*(?<h>[0-2]?\d)(?:[:.][0-5]\d)?\s*(?<ap>[ap]\.?m\.?)?", RegexOptions.IgnoreCase)]
    private static partial Regex RangeTail();
}
