using System.Globalization;
using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Cli.Rendering;

/// <summary>The tables of <c>minutes extract</c>'s summary (meeting, attendance, items, actions, suggested actions) as
/// Markdown, or as CSV rows of one shape for every file and table: file, section, row, field, value.</summary>
internal static class ExtractTables
{
    /// <summary>One value of one row of one table.</summary>
    public sealed record Cell(string File, string Section, int Row, string Field, string? Value);

    public static readonly (string Name, Func<Cell, string?> Value)[] CsvColumns =
    [
        ("file", c => c.File), ("section", c => c.Section), ("row", c => c.Row.ToString(CultureInfo.InvariantCulture)), ("field", c => c.Field), ("value", c => c.Value),
    ];

    /// <summary>Every table of a record with its headers and rows, in the order the summary prints them.</summary>
    public static IEnumerable<(string Section, string[] Headers, IReadOnlyList<string?[]> Rows)> Sections(MinutesRecord r)
    {
        var m = r.Meeting;
        yield return ("meeting", ["title", "body", "date", "start_time", "venue", "chair", "minute_taker", "next_meeting_date", "next_meeting_time"],
            [[m.Title, m.Body, m.Date, m.StartTime, m.Venue, m.Chair, m.MinuteTaker, r.NextMeeting?.Date, r.NextMeeting?.StartTime]]);
        yield return ("attendance", ["name", "role", "abbreviation", "status"], r.Attendance.Select(a => new[] { a.Name, a.Role, a.Abbreviation, a.Status }).ToList());
        yield return ("items", ["number", "title"], r.Items.Select(i => new[] { i.Number, i.Title }).ToList());
        yield return ("actions", ["item", "text", "owner", "owner_name", "due"], r.Actions.Select(a => new[] { a.Item, a.Text, a.Owner, a.OwnerName, a.Due }).ToList());
        if (r.SuggestedActions is { Count: > 0 } suggested)
            yield return ("suggested_actions", ["item", "text", "owner", "owner_name", "due", "confidence"], suggested
                .Select(a => new[] { a.Item, a.Text, a.Owner, a.OwnerName, a.Due, a.Confidence.ToString("0.00", CultureInfo.InvariantCulture) }).ToList());
    }

    public static IEnumerable<Cell> Cells(string file, MinutesRecord r) =>
        from s in Sections(r)
        from row in s.Rows.Select((cells, index) => (cells, index))
        from field in s.Headers.Select((name, column) => (name, column))
        select new Cell(file, s.Section, row.index + 1, field.name, row.cells[field.column]);

    public static void WriteMarkdown(TextWriter writer, string file, MinutesRecord r)
    {
        writer.WriteLine($"## {file} ({r.Format})");
        foreach (var (section, headers, rows) in Sections(r))
        {
            writer.WriteLine();
            writer.WriteLine(section == "meeting" ? "### Meeting" : $"### {char.ToUpperInvariant(section[0])}{section[1..].Replace('_', ' ')} ({rows.Count})");
            writer.WriteLine();
            MarkdownTable.Write(writer, headers, rows);
        }
        writer.WriteLine();
    }
}
