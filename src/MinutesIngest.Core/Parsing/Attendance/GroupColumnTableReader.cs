using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>
/// Reads attendance laid out as side-by-side groups: each column opens with a label ("Present:", "Officials", "Apologies:")
/// and lists its people below it; a label in a lower cell of a column opens a new group in that column.
/// </summary>
public static class GroupColumnTableReader
{
    /// <summary>The people of the table, column by column; empty when the first row is not made of attendance labels.</summary>
    public static List<Attendee> Read(TableBlock table)
    {
        var result = new List<Attendee>();
        if (table.Rows.Count < 2) return result;
        var header = table.Rows[0].Cells.Select(c => c.Text.Trim()).ToList();
        if (header.All(h => h.Length == 0) || header.Any(h => h.Length > 0 && Label(h) == null)) return result;
        for (var c = 0; c < header.Count; c++)
        {
            if (Label(header[c]) is not { } group) continue;
            var status = group.Status;
            var role = group.Role;
            foreach (var row in table.Rows.Skip(1))
            {
                var cell = c < row.Cells.Count ? row.Cells[c].Text.Trim() : "";
                if (cell.Length == 0) continue;
                if (Label(cell) is { } inner) { status = inner.Status; role = inner.Role; continue; }
                foreach (var line in cell.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var entries = PersonEntryParser.SplitTopLevel(line).Count() > 2 || line.Contains(") ")
                        ? PersonEntryParser.ParseList(line)
                        : PersonEntryParser.ParseLine(line) is { } one ? [one] : [];
                    foreach (var e in entries)
                        result.Add(new Attendee { Name = e.Name, Role = role ?? e.Role, Abbreviation = e.Abbreviation, Status = e.Status ?? status });
                }
            }
        }
        return result;
    }

    private static (string Status, string Text, string? Role)? Label(string cell) =>
        cell.Contains('\n') ? null : AttendanceLabels.Match(cell, isHeading: true);
}
