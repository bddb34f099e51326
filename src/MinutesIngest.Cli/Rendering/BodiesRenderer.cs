using System.Globalization;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Web.Exports;

namespace MinutesIngest.Cli.Rendering;

/// <summary><c>minutes bodies</c> as CSV (aliases and the files of meetings naming no body joined by "; ") or JSON.</summary>
internal static class BodiesRenderer
{
    public static readonly (string Name, Func<BodySummary, string?> Value)[] CsvColumns =
    [
        ("body", b => b.Body), ("meetings", b => b.Meetings.ToString(CultureInfo.InvariantCulture)), ("first_date", b => b.FirstDate),
        ("last_date", b => b.LastDate), ("aliases", b => string.Join("; ", b.Aliases)), ("paths", b => string.Join("; ", b.Paths)),
    ];

    public static void Write(TextWriter writer, string format, IReadOnlyList<BodySummary> bodies)
    {
        if (format == "csv") CsvOutput.Write(writer, CsvColumns, bodies);
        else JsonOutput.Write(writer, bodies.Select(b => new { b.Body, b.Meetings, b.FirstDate, b.LastDate, b.Aliases, b.Paths }));
    }
}
