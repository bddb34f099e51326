using MinutesIngest.Storage.Queries;
using MinutesIngest.Web.Exports;

namespace MinutesIngest.Cli.Rendering;

/// <summary><c>minutes bodies</c> as CSV (aliases and the files of meetings naming no body joined by "; ") or JSON.</summary>
internal static class BodiesRenderer
{
    public static void Write(TextWriter writer, string format, IReadOnlyList<BodySummary> bodies)
    {
        if (format == "csv") CsvOutput.Write(writer, BodyColumns.Csv, bodies);
        else JsonOutput.Write(writer, bodies.Select(b => new { b.Body, b.Meetings, b.FirstDate, b.LastDate, b.Aliases, b.Paths }));
    }
}
