using System.Globalization;
using MinutesIngest.Storage.Queries;
using Spectre.Console;
using MinutesIngest.Web.Exports;

namespace MinutesIngest.Cli.Rendering;

/// <summary>Renders what the database holds: totals and a table per body and year; as CSV the table's rows, as JSON both.</summary>
internal static class DatabaseSummaryRenderer
{
    public static readonly (string, Func<BodyYearCounts, string?>)[] CsvColumns =
    [
        ("body", r => r.Body), ("year", r => r.Year?.ToString(CultureInfo.InvariantCulture)),
        ("meetings", r => r.Meetings.ToString(CultureInfo.InvariantCulture)), ("attendees", r => r.Attendees.ToString(CultureInfo.InvariantCulture)),
        ("items", r => r.Items.ToString(CultureInfo.InvariantCulture)), ("actions", r => r.Actions.ToString(CultureInfo.InvariantCulture)),
    ];

    public static void Write(TextWriter writer, string format, DatabaseSummary summary)
    {
        switch (format)
        {
            case "json":
                JsonOutput.Write(writer, summary);
                return;
            case "csv":
                CsvOutput.Write(writer, CsvColumns, summary.ByBodyAndYear);
                return;
        }
        var t = summary.Totals;
        var console = WriterConsole.Create(writer);
        // Plain writer: Spectre would wrap this line at 80 columns when output is redirected.
        writer.WriteLine($"{t.Documents} documents ({t.Stored} stored: {t.Stored - t.PartlyRead} success, {t.PartlyRead} partial_success; {t.Failed} failure), {t.Meetings} meetings, " +
                          $"{t.Attendees} attendees, {t.Items} items, {t.Actions} actions");
        Console.Out.WriteLine($"triage: {t.Stored} stored as meetings; not minutes {t.NotMinutes} " +
                              $"(agenda {t.Agendas}, meeting_paper {t.MeetingPapers}, not_meeting {t.NotMeeting})");
        var table = new Table().AddColumns("Body", "Year", "Meetings", "Attendees", "Items", "Actions");
        foreach (var c in table.Columns.Skip(1)) c.RightAligned();
        foreach (var row in summary.ByBodyAndYear)
            table.AddRow(Markup.Escape(row.Body ?? "(not stated)"), row.Year?.ToString() ?? "—",
                row.Meetings.ToString(), row.Attendees.ToString(), row.Items.ToString(), row.Actions.ToString());
        if (summary.ByBodyAndYear.Count > 0) console.Write(table);
    }
}
