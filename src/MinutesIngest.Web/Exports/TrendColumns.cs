using System.Globalization;
using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Web.Exports;

/// <summary>The columns of a trend and its share of meetings as a percentage, as CSV and the web show them.</summary>
public static class TrendColumns
{
    /// <summary>The CSV columns of a trend point.</summary>
    public static readonly (string, Func<TrendPoint, string?>)[] Csv =
    [
        ("series", p => p.Series), ("period", p => p.Period), ("period_start", p => p.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("meetings_mentioning", p => p.MeetingsMentioning.ToString(CultureInfo.InvariantCulture)),
        ("meetings_held", p => p.MeetingsHeld.ToString(CultureInfo.InvariantCulture)),
        ("items_matching", p => p.ItemsMatching.ToString(CultureInfo.InvariantCulture)),
        ("share", p => p.Share?.ToString("0.####", CultureInfo.InvariantCulture)),
    ];

    /// <summary>A share of meetings as a whole percentage ("40%"), a dash when no meeting was held.</summary>
    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "—";
}
