using System.Globalization;
using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Web.Exports;

/// <summary>The columns of the bodies list (aliases and the files of meetings naming no body joined by "; "), as CSV and the web export them.</summary>
public static class BodyColumns
{
    public static readonly (string Name, Func<BodySummary, string?> Value)[] Csv =
    [
        ("body", b => b.Body), ("meetings", b => b.Meetings.ToString(CultureInfo.InvariantCulture)), ("first_date", b => b.FirstDate),
        ("last_date", b => b.LastDate), ("series", b => b.SeriesCount.ToString(CultureInfo.InvariantCulture)),
        ("aliases", b => string.Join("; ", b.Aliases)), ("paths", b => string.Join("; ", b.Paths)),
    ];
}
