using System.Text.RegularExpressions;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Parsing.Attendance;

namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>Reads action logs: tables with an action column and an owner column (and optional due and reference columns).</summary>
public static partial class ActionTableReader
{
    /// <summary>The actions of the table, with the table-relative row they came from; empty when it is not an action table.</summary>
    public static List<(RawAction Action, int Row)> Read(TableBlock table)
    {
        var result = new List<(RawAction, int)>();
        for (var h = 0; h < table.Rows.Count; h++)
        {
            var header = table.Rows[h].Cells.Select(c => c.Text.Trim().TrimEnd(':').Trim().ToLowerInvariant()).ToList();
            var actionCol = header.FindIndex(c => ActionHeader().IsMatch(c));
            var ownerCol = header.FindIndex(c => OwnerHeader().IsMatch(c));
            if (actionCol < 0 || ownerCol < 0 || actionCol == ownerCol) continue;
            var dueCol = header.FindIndex(c => DueHeader().IsMatch(c));
            var refCol = header.FindIndex(c => RefHeader().IsMatch(c));
            var rows = Enumerable.Range(h + 1, table.Rows.Count - h - 1).ToList();
            string Cell(int r, int c) => c >= 0 && c < table.Rows[r].Cells.Count ? table.Rows[r].Cells[c].Text.Replace('\n', ' ').Trim() : "";
            // Some templates shift the header by one: names sit under the action heading and tasks under the owner's.
            var namesUnderAction = rows.Count(r => PersonNames.LooksLikeName(Cell(r, actionCol)) || Cell(r, actionCol).Contains('/'));
            var proseUnderOwner = rows.Count(r => Cell(r, ownerCol).Length > 0 && !PersonNames.LooksLikeName(Cell(r, ownerCol)));
            if (rows.Count > 0 && namesUnderAction * 2 > rows.Count && proseUnderOwner * 2 > rows.Count) (actionCol, ownerCol) = (ownerCol, actionCol);
            foreach (var r in rows)
            {
                var text = Cell(r, actionCol);
                if (text.Length == 0 || ActionHeader().IsMatch(text.ToLowerInvariant())) continue;
                var owner = Cell(r, ownerCol);
                var due = dueCol >= 0 ? Cell(r, dueCol) : null;
                var reference = refCol >= 0 ? Cell(r, refCol).TrimEnd('.') : null;
                result.Add((new RawAction(text, owner.Length > 0 ? owner : null, due, string.IsNullOrEmpty(reference) ? null : reference, -1), r));
            }
            return result;
        }
        return result;
    }

    [GeneratedRegex(@"^(?:actions?|action items?|action points?|agreed actions?|next steps?|to ?do|tasks?|task description|assigned (?:module|task|function|work)\b.*|description|what)$")]
    private static partial Regex ActionHeader();

    [GeneratedRegex(@"^(?:owners?|person responsible|responsible|responsibility|who|by whom|assigned to|lead|action by|team member|assignee)$")]
    private static partial Regex OwnerHeader();

    [GeneratedRegex(@"^(?:due|due date|deadline|by when|target date|when|by|date due|completion date|target)$")]
    private static partial Regex DueHeader();

    [GeneratedRegex(@"^(?:ref|ref\.|reference|minute|minute ref|min ref|item|item no\.?|no\.?|#)$")]
    private static partial Regex RefHeader();
}
