using System.Globalization;
using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Text;

/// <summary>A date found in text, with where it was found.</summary>
public readonly record struct DateMatch(DateOnly Date, int Index, int Length, bool YearWasGiven);

/// <summary>Finds calendar dates written in the common forms of minutes (ISO, "27th April 2021", "March 5, 2024", UK day-first numerics).</summary>
public static partial class DateFinder
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>All dates in <paramref name="text"/> in order. A date without a year takes <paramref name="defaultYear"/> or is skipped.</summary>
    public static IEnumerable<DateMatch> FindAll(string text, int? defaultYear = null, bool monthFirst = false)
    {
        var found = new List<DateMatch>();
        foreach (Match m in Iso().Matches(text))
            Add(found, m, int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value), true);
        // Named months, day first or month first; "7th and 8th November 2024", "February 1-3, 2006": a meeting over several
        // days is dated by its first day.
        foreach (Match m in DayMonth().Matches(text).Concat(MonthDay().Matches(text)).Concat(DayRangeMonth().Matches(text)).Concat(MonthDayRange().Matches(text)))
        {
            if (VerbNotMonth(m)) continue;
            var year = m.Groups["y"].Success ? ParseYear(m.Groups["y"].Value) : defaultYear;
            if (year is { } y) Add(found, m, y, Month(m.Groups["mon"].Value), int.Parse(m.Groups["d"].Value), m.Groups["y"].Success);
        }
        foreach (Match m in Numeric().Matches(text))
        {
            int a = int.Parse(m.Groups["a"].Value), b = int.Parse(m.Groups["b"].Value);
            var y = ParseYear(m.Groups["y"].Value);
            // UK day-first unless the numbers only make sense month-first.
            var (day, month) = a > 12 ? (a, b) : b > 12 ? (b, a) : monthFirst ? (b, a) : (a, b);
            Add(found, m, y, month, day, true);
        }
        // Overlapping readings ("11 October 25, 2017"): a reading with its year wins, then the longer one.
        // One sweep in text order keeps this linear for documents with thousands of dates.
        var chosen = new List<DateMatch>();
        foreach (var d in found.OrderBy(d => d.Index))
        {
            if (chosen.Count > 0 && chosen[^1] is var last && d.Index < last.Index + last.Length)
            {
                if ((d.YearWasGiven, d.Length).CompareTo((last.YearWasGiven, last.Length)) > 0) chosen[^1] = d;
                continue;
            }
            chosen.Add(d);
        }
        return chosen;
    }

    /// <summary>
    /// True when the document writes numeric dates month first: some date reads only as month/day (second number
    /// above 12) and none only as day/month. UK day-first is assumed otherwise.
    /// </summary>
    public static bool DetectMonthFirst(IEnumerable<string> texts)
    {
        bool monthFirst = false, dayFirst = false;
        int shortMonthFirst = 0, shortDayFirst = 0;
        foreach (var text in texts)
        {
            foreach (Match m in Numeric().Matches(text))
            {
                int a = int.Parse(m.Groups["a"].Value), b = int.Parse(m.Groups["b"].Value);
                if (a > 12 && b <= 12) dayFirst = true;
                if (b > 12 && a <= 12) monthFirst = true;
            }
            // "Update 3/23", "due 4/15": dates without a year, as running notes write them, tell the order too; one alone may
            // be a fraction or a financial year, so two are needed.
            foreach (Match m in YearlessNumeric().Matches(text))
            {
                int a = int.Parse(m.Groups["a"].Value), b = int.Parse(m.Groups["b"].Value);
                if (a is >= 1 and <= 12 && b is > 12 and <= 31) shortMonthFirst++;
                if (b is >= 1 and <= 12 && a is > 12 and <= 31) shortDayFirst++;
            }
        }
        if (!monthFirst && !dayFirst && shortDayFirst == 0 && shortMonthFirst >= 2) return true;
        return monthFirst && !dayFirst;
    }

    [GeneratedRegex(@"(?<![\w/.\-:£$])(?<a>[0-3]?\d)/(?<b>[0-3]?\d)(?![\d/])")]
    private static partial Regex YearlessNumeric();

    public static DateMatch? FindFirst(string text, int? defaultYear = null, bool monthFirst = false) =>
        FindAll(text, defaultYear, monthFirst).Cast<DateMatch?>().FirstOrDefault();

    /// <summary>True when <paramref name="text"/> is a date and nothing more ("Monday 3rd May 2021", "2/16/2015").</summary>
    public static bool IsDateOnly(string text)
    {
        var d = FindFirst(text, 2000);
        if (d == null) return false;
        var without = text.Remove(d.Value.Index, d.Value.Length);
        return NotDateWords().Replace(without, "").Length < 3;
    }

    [GeneratedRegex(@"[\W\d]+|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|on|the|of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotDateWords();

    /// <summary>A year (1900-2099) written on its own in the text, e.g. in a title "April 2021".</summary>
    public static int? FindYear(string text)
    {
        var m = Year().Match(text);
        return m.Success ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null;
    }

    // Month names are read in any case ("4th sept 2025", "Sept. 14"), but a lower-case "may" is a verb unless a year
    // follows it ("item 3 may be deferred", "May 3" vs "the 3 may").
    private static bool VerbNotMonth(Match m) => m.Groups["mon"].Value == "may" && !m.Groups["y"].Success;

    private static void Add(List<DateMatch> list, Match m, int y, int mon, int d, bool yearGiven)
    {
        if (mon is < 1 or > 12 || d < 1 || y < 1900 || y > 2100 || d > DateTime.DaysInMonth(y, mon)) return;
        list.Add(new DateMatch(new DateOnly(y, mon, d), m.Index, m.Length, yearGiven));
    }

    private static int ParseYear(string s)
    {
        var y = int.Parse(s, CultureInfo.InvariantCulture);
        return y < 100 ? 2000 + y : y;
    }

    private static int Month(string s)
    {
        var lower = s.ToLowerInvariant().TrimEnd('.');
        for (var i = 0; i < 12; i++) if (MonthNames[i].StartsWith(lower, StringComparison.Ordinal) && lower.Length >= 3) return i + 1;
        return 0;
    }

    private const string MonthPattern = @"(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    // An ISO 8601 timestamp ("2021-05-19T13:00:45Z", as site generators write a meeting's start) gives its date too; the
    // same year-first order is written with slashes or points too ("2013/01/14", "2013.01.14": wikis, East Asian and
    // Central European usage).
    [GeneratedRegex(@"\b(?<![/.])(?<y>(?:19|20)\d\d)(?<s>[-/.])(?<m>\d\d?)\k<s>(?<d>\d\d?)(?:(?![\d/-]|\.\d)|(?=T\d\d:\d\d))")]
    private static partial Regex Iso();

    // OCR reads a raised ordinal ("11th" set as superscript) as a degree sign or a stray mark: "11° September 2025".
    [GeneratedRegex(@"\b(?<d>[0-3]?\d)\s*(?:st|nd|rd|th|[°º*’'])?\.?\s*(?:of\s+)?" + MonthPattern + @"(?:,?\s*(?<y>(?:19|20)\d\d)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    // The day stands on the month's line: "… end of April." over "9. Actions" is a month and an item number.
    [GeneratedRegex(@"\b" + MonthPattern + @"[^\S\n]+(?<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s*(?<y>(?:19|20)\d\d)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    private const string DayJoin = @"(?:st|nd|rd|th)?\s*(?:-|–|and|&|to)\s*[0-3]?\d(?:st|nd|rd|th)?";

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)" + DayJoin + @"\s+(?:of\s+)?" + MonthPattern + @"(?:,?\s*(?<y>(?:19|20)\d\d)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex DayRangeMonth();

    [GeneratedRegex(@"\b" + MonthPattern + @"[^\S\n]+(?<d>[0-3]?\d)" + DayJoin + @"\b(?:,?\s*(?<y>(?:19|20)\d\d)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayRange();

    // "11-12/10/2021": a meeting over two days, written day range first, is dated by its first day.
    [GeneratedRegex(@"(?<![\d/.-])(?<a>[0-3]?\d)(?:[-–][0-3]?\d(?=[/.]))?[/.-](?<b>[0-3]?\d)[/.-](?<y>(?:19|20)\d\d|\d\d)(?![\d/.-])")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex Year();
}
