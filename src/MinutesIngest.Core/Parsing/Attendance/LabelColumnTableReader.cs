using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>
/// Reads attendance laid out as a layout table (as old word-processor and web-editor pages print it): the label
/// ("Present", "Apologies") in the first column of the row that opens its group, offices ("Chairman", "Councillors:") in a
/// middle column written once above the people who hold them, and one person per row in the last column.
/// </summary>
public static class LabelColumnTableReader
{
    /// <summary>The people of the table; empty when its first column is not attendance labels over empty cells.</summary>
    public static List<Attendee> Read(TableBlock table)
    {
        var result = new List<Attendee>();
        var width = table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Cells.Count);
        if (table.Rows.Count < 2 || width < 3) return result;
        string Cell(TableRow r, int c) => c < r.Cells.Count ? r.Cells[c].Text.Replace('\n', ' ').Trim() : "";
        if (Label(Cell(table.Rows[0], 0)) == null) return result;
        // Every cell of the first column is a label or empty: the column holds labels, not people.
        if (table.Rows.Any(r => Cell(r, 0).Length > 0 && Label(Cell(r, 0)) == null)) return result;
        string status = AttendanceStatus.Present;
        string? office = null;
        var rowsWithPeople = 0;
        foreach (var row in table.Rows)
        {
            if (Label(Cell(row, 0)) is { } label) { status = label.Status; office = label.Role; }
            var filled = Enumerable.Range(1, width - 1).Where(c => Cell(row, c).Length > 0).ToList();
            if (filled.Count == 0) continue;
            // One person a row: a cell of several lines is a list or a column of marks, which this layout never holds.
            if (filled.Any(c => row.Cells[c].Text.Trim().Contains('\n'))) return [];
            var nameCell = Cell(row, filled[^1]);
            // An office written in a column before the name holds for the rows below until the next one.
            if (filled.Count > 1)
            {
                var written = string.Join(" ", filled.SkipLast(1).Select(c => Cell(row, c))).TrimEnd(':').Trim();
                if (!IsOffice(written)) return [];
                office = written;
            }
            else if (filled[0] < width - 1 && IsOffice(nameCell.TrimEnd(':').Trim()))
            {
                // An office alone on its row, with its people on the rows below.
                office = nameCell.TrimEnd(':').Trim();
                continue;
            }
            var entry = PersonEntryParser.ParseOne(nameCell);
            if (entry == null) continue;
            rowsWithPeople++;
            result.Add(new Attendee { Name = entry.Name, Role = entry.Role ?? office, Abbreviation = entry.Abbreviation, Status = entry.Status ?? status });
        }
        return rowsWithPeople * 2 >= table.Rows.Count ? result : [];
    }

    // An office ("Vice Chairman", "Officers") or a courtesy title that doubles as one; never a person's name.
    private static bool IsOffice(string text) =>
        text.Length > 0 && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxOfficeWords && !text.Contains(',') && !PersonNames.LooksLikeName(text)
        && (PersonNames.LooksLikeDescriptor(text) || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(PersonNames.IsHonorific));

    // "Deputy Clerk to the Council" at most; a longer middle cell is prose or a list of people.
    private const int MaxOfficeWords = 6;

    private static (string Status, string Text, string? Role)? Label(string cell) =>
        AttendanceLabels.Match(cell, isHeading: true) is { Text.Length: 0 } label ? label : null;
}
