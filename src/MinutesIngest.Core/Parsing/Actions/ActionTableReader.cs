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
    public static List<(RawAction Action, int Row)> Read(TableBlock table) => Read(table, out _);

    /// <summary>
    /// True when the table is an action log, whose numbers are the log's own and no agenda items. A topic table with its
    /// actions in a column beside the discussion ("1. Budget | notes | Ann to …") numbers the meeting's items.
    /// </summary>
    public static bool IsLog(TableBlock table) => Read(table, out var topics).Count > 0 && !topics;

    /// <summary>True when the table numbers the meeting's topics in its first column and keeps the actions in a later one.</summary>
    public static bool IsTopicTable(TableBlock table) => Read(table, out var topics).Count > 0 && topics;

    private static List<(RawAction Action, int Row)> Read(TableBlock table, out bool topicTable)
    {
        topicTable = false;
        var result = new List<(RawAction, int)>();
        for (var h = 0; h < table.Rows.Count; h++)
        {
            var header = table.Rows[h].Cells.Select(c => ActionTableHeaders.Normalise(c.Text)).ToList();
            var strongAction = false;
            var strongOwner = false;
            var actionCol = header.FindIndex(c => ActionTableHeaders.IsAction(c, out strongAction));
            var ownerCol = header.FindIndex(c => ActionTableHeaders.IsOwner(c, out strongOwner));
            var dueCol = header.FindIndex(ActionTableHeaders.IsDue);
            // "Action | By | Deadline": with a deadline column of its own, "By" heads who does the task, not by when.
            if (ownerCol < 0 && header.IndexOf("by") is var by and >= 0 && header.FindIndex(c => c != "by" && ActionTableHeaders.IsDue(c)) is var deadline and >= 0)
                (ownerCol, strongOwner, dueCol) = (by, true, deadline);
            var refCol = header.FindIndex(ActionTableHeaders.IsReference);
            var topicCol = header.FindIndex(ActionTableHeaders.IsTopic);
            // "Item | By whom | By when": an owner and a deadline column make a task table even when the task column has a generic heading.
            if (actionCol < 0 && strongOwner && dueCol >= 0) actionCol = header.FindIndex(c => c.Length > 0) is var first && first != ownerCol && first != dueCol ? first : -1;
            // "Item | Responsible" with no deadline column: the first column holds the tasks when its entries are sentences,
            // where an agenda with presenters lists short titles.
            if (actionCol < 0 && strongOwner && dueCol < 0 && header.FindIndex(c => c.Length > 0) is var firstCol && firstCol >= 0
                && firstCol != ownerCol && HoldsSentences(table, h, firstCol)) actionCol = firstCol;
            // " | Responsible person | Due date" under an "Actions" title: the unheaded column holds the tasks.
            if (actionCol < 0 && strongOwner && dueCol >= 0 && h + 1 < table.Rows.Count) actionCol = header.FindIndex(c => c.Length == 0);
            // PDF text may run neighbouring header cells together ("Number Action | Owner Target date"): the cells still head
            // the task and the owner, each with its neighbour's values in front of or behind its own.
            var mergedAction = actionCol < 0 && (ownerCol >= 0 || header.Exists(ActionTableHeaders.IsMergedOwner)) && header.Exists(ActionTableHeaders.IsMergedAction);
            if (mergedAction) (actionCol, strongAction) = (header.FindIndex(ActionTableHeaders.IsMergedAction), true);
            var mergedOwner = ownerCol < 0 && actionCol >= 0 && header.Exists(ActionTableHeaders.IsMergedOwner);
            if (mergedOwner) (ownerCol, strongOwner) = (header.FindIndex(ActionTableHeaders.IsMergedOwner), true);
            // "Actions: Responsible" with no owner column of its own: each entry names its owner in its text.
            if ((actionCol < 0 || ownerCol < 0) && header.FindIndex(ActionTableHeaders.IsActionWithOwner) is var combined and >= 0)
            {
                topicTable = combined > 0;
                return OwnerInEntries(table, h, combined, refCol);
            }
            if (actionCol < 0 || ownerCol < 0 || actionCol == ownerCol) continue;
            // "Item | Description | Lead" is an agenda with presenters, not an action log.
            if (!strongAction && !strongOwner) continue;
            if (refCol == actionCol) refCol = -1;
            // "No. | Issue | Discussion | Action | Member": the numbered issues are the meeting's items, the actions beside them.
            topicTable = topicCol >= 0 && topicCol < actionCol && topicCol != ownerCol;
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
                // "Issue | Discussion | Action | Member": a row whose action cell was left empty but which names who takes it
                // sets them the issue itself.
                if (text.Length == 0 && topicCol >= 0 && topicCol != ownerCol && Cell(r, ownerCol).Length > 0) text = Cell(r, topicCol);
                if (text.Length == 0 || ActionTableHeaders.IsAction(ActionTableHeaders.Normalise(text), out _)) continue;
                // "1. Team purpose⏎Form the team …": an agenda item's number and heading above what was set to do under it.
                if (LinesOf(table, r, actionCol) is [var heading, .. var below] && below.Length > 0 && heading.Split(' ').Length <= AgendaHeadingWords
                    && Lexicon.NumberedLineReader.Read(heading) is { Scheme: Lexicon.NumberScheme.Decimal })
                    text = string.Join(" ", below).Trim();
                var owner = Cell(r, ownerCol);
                // "This section does not apply | n/a": a template's placeholder row, not a task.
                if (Placeholder().IsMatch(owner)) continue;
                // "Finances accepted" with nobody responsible: a decision table records the outcome where a task would stand.
                if (owner.Length == 0 && RecordedOutcome().IsMatch(text)) continue;
                // "3. Minutes | | 02/08/17", "Meeting closed at 4pm": an agenda table with an action column lists the procedural
                // items and the close too; with nobody to act they are the meeting's course, not tasks.
                if (owner.Length == 0 && (Items.ProceduralItems.IsProcedural(text) || ClosingStatement().IsMatch(text))) continue;
                var reference = Reference(r);
                var due = Due(r);
                // The merged column's value stands before the task ("027 Review the …") and after the owner ("KF 31/12/2018").
                string? actionNumber = null;
                if (mergedAction && MergedLead().Match(text) is { Success: true } mergedValue && mergedValue.Length < text.Length)
                {
                    if (mergedValue.Groups["number"].Success) actionNumber = mergedValue.Groups["number"].Value;
                    text = text[mergedValue.Length..];
                }
                if (mergedOwner && SplitOwner(owner) is { } split) (owner, due) = (split.Owner, split.After);
                // A reference written at the start of the task cell ("19/2021 Signed minutes to …").
                if (refCol < 0 && MinuteReference.Leading(text) is { } lead)
                    (reference, text) = lead;
                result.Add((Row(text, owner, due, reference) with { Number = actionNumber }, r));
            }
            return result;
        }
        return result.Count > 0 ? result : BracketedOwnerRows(table);
    }

    /// <summary>Fewest words of an entry that reads as a task set out in a sentence rather than a heading.</summary>
    private const int SentenceWords = 5;

    // Most entries under the header row are sentences ("Ann to ask the club for quotes.").
    private static bool HoldsSentences(TableBlock table, int header, int column)
    {
        var cells = table.Rows.Skip(header + 1).Select(r => column < r.Cells.Count ? r.Cells[column].Text.Trim() : "").Where(t => t.Length > 0).ToList();
        return cells.Count > 0 && cells.Count(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= SentenceWords) * 3 >= cells.Count * 2;
    }

    // "[AL] | Book the hall" with "| and tell the caretaker" below: tab-set task lines whose first column holds each owner's
    // code in square brackets, as plain-text minutes write their action lists. A row without a code goes on with the task above.
    private static List<(RawAction Action, int Row)> BracketedOwnerRows(TableBlock table)
    {
        var result = new List<(RawAction Action, int Row)>();
        if (table.Rows.Any(r => r.Cells.Count != 2)) return result;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var code = table.Rows[r].Cells[0].Text.Trim();
            var task = table.Rows[r].Cells[1].Text.Replace('\n', ' ').Trim();
            if (code.Length == 0 && result.Count > 0 && task.Length > 0)
            {
                var (last, row) = result[^1];
                result[^1] = (last with { Text = last.Text + " " + task }, row);
                continue;
            }
            if (BracketedCode().Match(code) is not { Success: true } m || task.Length == 0) return [];
            result.Add((Row(task, m.Groups["owner"].Value, null, null), r));
        }
        return result;
    }

    [GeneratedRegex(@"^\[(?<owner>[A-Za-z]{1,5}(?:\s*[/&,]\s*[A-Za-z]{1,5})*)\]$")]
    private static partial Regex BracketedCode();

    /// <summary>
    /// The rows of an action log continued past a page break without its header: the owner column is the first after the
    /// task whose cells are mostly owners as written ("SS", "Admin &amp; Legal"), the task the column before it, the deadline
    /// the column after it. Empty when the table does not read so.
    /// </summary>
    public static List<(RawAction Action, int Row)> ReadContinuation(TableBlock table)
    {
        var result = new List<(RawAction, int)>();
        var width = table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Cells.Count);
        string Cell(int r, int c) => c < table.Rows[r].Cells.Count ? table.Rows[r].Cells[c].Text.Replace('\n', ' ').Trim() : "";
        if (width == 2 && OwnerFirst(table, Cell) is { Count: > 0 } ownerFirst) return ownerFirst;
        for (var ownerCol = 2; ownerCol < width; ownerCol++)
        {
            var filled = Enumerable.Range(0, table.Rows.Count).Where(r => Cell(r, ownerCol).Length > 0).ToList();
            var owners = filled.Count(r => ActionOwnerWords.IsOwnerOnly(Cell(r, ownerCol)) || PersonNames.LooksLikeName(Cell(r, ownerCol)));
            var tasks = filled.Count(r => Cell(r, ownerCol - 1).Split(' ').Length >= ContinuedTaskWords);
            if (filled.Count < 2 || owners < filled.Count * OwnerShare || tasks < filled.Count * OwnerShare) continue;
            foreach (var r in filled)
            {
                var task = Cell(r, ownerCol - 1);
                if (task.Length == 0 || !(ActionOwnerWords.IsOwnerOnly(Cell(r, ownerCol)) || PersonNames.LooksLikeName(Cell(r, ownerCol)))) continue;
                var number = TrailingNumber().Match(Cell(r, 0));
                var due = ownerCol + 1 < width ? Cell(r, ownerCol + 1) : null;
                // "05.18.07 | Check the insurance | CD": the minute the action was set at, in a cell of its own before the task.
                var reference = ownerCol - 1 > 0 ? MinuteReference.Alone(Cell(r, 0)) : null;
                result.Add((Row(task, Cell(r, ownerCol), due, reference) with { Number = number.Success ? number.Groups["number"].Value : null }, r));
            }
            return result;
        }
        return result;
    }

    // "[AL] | Book the hall" with "| and tell the caretaker." below: owners in brackets before their tasks, as a register typed
    // with tabs or a two-column table keeps them; a row with no owner goes on with the task above it.
    private static List<(RawAction Action, int Row)> OwnerFirst(TableBlock table, Func<int, int, string> cell)
    {
        var owned = Enumerable.Range(0, table.Rows.Count).Where(r => cell(r, 0).Length > 0).ToList();
        if (owned.Count == 0 || owned.Count(r => BracketedOwner(cell(r, 0)) != null) < owned.Count * OwnerShare) return [];
        var result = new List<(RawAction Action, int Row)>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var task = cell(r, 1);
            if (task.Length == 0) continue;
            if (cell(r, 0).Length == 0 && result.Count > 0)
            {
                result[^1] = (result[^1].Action with { Text = result[^1].Action.Text + " " + task }, result[^1].Row);
                continue;
            }
            if (BracketedOwner(cell(r, 0)) is { } owner) result.Add((Row(task, owner, null, null), r));
        }
        return result;
    }

    /// <summary>The owner of a cell that holds only an owner in square brackets ("[AL]", "- [All]"); null otherwise, also for a task box ("[x]").</summary>
    public static string? BracketedOwner(string cell) =>
        BracketedOwnerCell().Match(cell.Trim()) is { Success: true } m && m.Groups["owner"].Value.Trim() is { Length: > 1 } owner && ActionOwnerWords.IsOwnerOnly(owner)
            ? owner : null;

    [GeneratedRegex(@"^[-*•]?\s*\[(?<owner>[^\[\]]{1,30})\]$")]
    private static partial Regex BracketedOwnerCell();

    /// <summary>The share of a continued log's rows that must hold an owner (and a task beside it) to be read as the log.</summary>
    private const double OwnerShare = 0.6;

    /// <summary>A task in a continued log is at least this many words; shorter cells may be owners or dates.</summary>
    private const int ContinuedTaskWords = 3;

    // Each entry (list item or line) of the action column is one action whose owner its own text names ("Ann & Bob to
    // review …"); an entry naming nobody ("Agenda skipped") is a note beside the actions.
    private static List<(RawAction Action, int Row)> OwnerInEntries(TableBlock table, int header, int column, int refCol)
    {
        var result = new List<(RawAction, int)>();
        for (var r = header + 1; r < table.Rows.Count; r++)
        {
            var reference = refCol >= 0 && refCol < table.Rows[r].Cells.Count ? table.Rows[r].Cells[refCol].Text.Replace('\n', ' ').Trim().TrimEnd('.') : null;
            foreach (var line in LinesOf(table, r, column))
            {
                var text = Lexicon.NumberedLineReader.Read(line) is { Rest.Length: > 0 } n ? n.Rest : line.TrimStart('-', '*', '•', ' ');
                if (ActionOwnerReader.FromText(text) is not { } owner) continue;
                result.Add((Row(text, owner, null, reference), r));
            }
        }
        return result;
    }

    // "KF 31/12/2018", "JP TO REVISE": the owner as written first, then the deadline or status of the neighbouring column.
    private static (string Owner, string After)? SplitOwner(string cell)
    {
        var words = cell.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = Math.Min(words.Length - 1, MaxOwnerWords); k >= 1; k--)
        {
            var owner = string.Join(" ", words[..k]);
            if (ActionOwnerWords.IsOwnerOnly(owner) && !ActionOwnerWords.IsNotOwner(owner)) return (owner, string.Join(" ", words[k..]));
        }
        return null;
    }

    /// <summary>An owner written before a merged deadline is at most this many words ("Ann and Bob").</summary>
    private const int MaxOwnerWords = 3;

    private static RawAction Row(string task, string owner, string? due, string? reference) =>
        new(task, owner.Length == 0 || ActionOwnerWords.IsNotOwner(owner) ? null : owner, due, string.IsNullOrEmpty(reference) ? null : reference, -1);

    private static string[] LinesOf(TableBlock table, int row, int column) =>
        column >= 0 && column < table.Rows[row].Cells.Count
            ? table.Rows[row].Cells[column].Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : [];

    /// <summary>The most words an agenda heading above a task in one cell has.</summary>
    private const int AgendaHeadingWords = 6;

    [GeneratedRegex(@"^(?:the\s+)?meeting\s+(?:was\s+)?(?:closed|ended|adjourned|finished)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingStatement();

    [GeneratedRegex(@"^(?:n/?a|none|nil)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    // A short statement ending in a decision word, with no "to"/"will" of a task in it.
    [GeneratedRegex(@"^(?!.*\b(?:to|will|shall|should|must|needs?)\b)[\w’'&/-]+(?:\s+[\w’'&/-]+){0,3}\s+(?:accepted|approved|agreed|adopted|noted|received|ratified|carried|passed|resolved)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex RecordedOutcome();

    // The value of a number or date column run into the task cell.
    [GeneratedRegex(@"^(?:\d{1,2}/\d{1,2}/\d{2,4}|(?<number>\d{1,4}))\s+(?=\S)")]
    private static partial Regex MergedLead();

    // The action's number closing the first cell of a continued log ("20/11/2018 039", "039").
    [GeneratedRegex(@"(?:^|\s)(?<number>\d{2,4})$")]
    private static partial Regex TrailingNumber();
}
