using System.Text.RegularExpressions;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Parsing.Attendance;
using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>
/// Reads action logs: tables with an action column and an owner column (and optional due, reference and status columns),
/// headed as in <see cref="ActionTableHeaders"/>.
/// </summary>
public static partial class ActionTableReader
{
    /// <summary>A cell shorter than this can hold names ("NO/BM", "Finance / Clerk") rather than a task.</summary>
    private const int ShortCell = 30;

    /// <summary>The actions of the table, with the table-relative row they came from; empty when it is not an action table.</summary>
    public static List<(RawAction Action, int Row)> Read(TableBlock table)
    {
        var result = new List<(RawAction, int)>();
        for (var h = 0; h < table.Rows.Count; h++)
        {
            var header = table.Rows[h].Cells.Select(c => ActionTableHeaders.Normalise(c.Text)).ToList();
            var strongAction = false;
            var strongOwner = false;
            var actionCol = header.FindIndex(c => ActionTableHeaders.IsAction(c, out strongAction));
            var ownerCol = header.FindIndex(c => ActionTableHeaders.IsOwner(c, out strongOwner));
            var dueCol = header.FindIndex(ActionTableHeaders.IsDue);
            var refCol = header.FindIndex(ActionTableHeaders.IsReference);
            // "Item | By whom | By when": an owner and a deadline column make a task table even when the task column has a generic heading.
            if (actionCol < 0 && strongOwner && dueCol >= 0) actionCol = header.FindIndex(c => c.Length > 0) is var first && first != ownerCol && first != dueCol ? first : -1;
            if (actionCol < 0 || ownerCol < 0 || actionCol == ownerCol) continue;
            // "Item | Description | Lead" is an agenda with presenters, not an action log.
            if (!strongAction && !strongOwner) continue;
            if (refCol == actionCol) refCol = -1;
            var rows = Enumerable.Range(h + 1, table.Rows.Count - h - 1).ToList();
            string Cell(int r, int c) => c >= 0 && c < table.Rows[r].Cells.Count ? table.Rows[r].Cells[c].Text.Replace('\n', ' ').Trim() : "";
            // Some templates shift the header by one: names sit under the action heading and tasks under the owner's.
            var namesUnderAction = rows.Count(r => PersonNames.LooksLikeName(Cell(r, actionCol)) || Cell(r, actionCol) is { Length: < ShortCell } c && c.Contains('/'));
            var proseUnderOwner = rows.Count(r => Cell(r, ownerCol) is { Length: > 0 } c && !PersonNames.LooksLikeName(c) && c.Split(' ').Length >= 4);
            if (rows.Count > 0 && namesUnderAction * 2 > rows.Count && proseUnderOwner * 2 > rows.Count) (actionCol, ownerCol) = (ownerCol, actionCol);
            string? Due(int r) => dueCol >= 0 ? Cell(r, dueCol) : null;
            string? Reference(int r) => refCol >= 0 ? Cell(r, refCol).TrimEnd('.') : null;
            foreach (var r in rows)
            {
                // Several tasks set one per line, each with its owner on the matching line of the owner cell, are several actions.
                if (LinesOf(table, r, actionCol) is { Length: >= 2 } tasks && LinesOf(table, r, ownerCol) is var owners && owners.Length == tasks.Length
                    && tasks.All(t => !char.IsLower(t[0])))
                {
                    for (var k = 0; k < tasks.Length; k++) result.Add((Row(tasks[k], owners[k], Due(r), Reference(r)), r));
                    continue;
                }
                var text = Cell(r, actionCol);
                if (text.Length == 0 || ActionTableHeaders.IsAction(ActionTableHeaders.Normalise(text), out _)) continue;
                var owner = Cell(r, ownerCol);
                // "This section does not apply | n/a": a template's placeholder row, not a task.
                if (Placeholder().IsMatch(owner)) continue;
                var reference = Reference(r);
                // A reference written at the start of the task cell ("19/2021 Signed minutes to …").
                if (refCol < 0 && LeadingReference().Match(text) is { Success: true } lead && lead.Length < text.Length)
                {
                    reference = lead.Groups["ref"].Value;
                    text = text[lead.Length..].Trim();
                }
                result.Add((Row(text, owner, Due(r), reference), r));
            }
            return result;
        }
        return result;
    }

    private static RawAction Row(string task, string owner, string? due, string? reference) =>
        new(task, owner.Length == 0 || ActionOwnerWords.IsNotOwner(owner) ? null : owner, due, string.IsNullOrEmpty(reference) ? null : reference, -1);

    private static string[] LinesOf(TableBlock table, int row, int column) =>
        column >= 0 && column < table.Rows[row].Cells.Count
            ? table.Rows[row].Cells[column].Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];

    [GeneratedRegex(@"^(?:n/?a|none|nil)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(?<ref>\d{1,4}/\d{2,4}|\d{1,3}(?:\.\d{1,3}){1,3})\s+(?=[A-Za-z])")]
    private static partial Regex LeadingReference();
}
