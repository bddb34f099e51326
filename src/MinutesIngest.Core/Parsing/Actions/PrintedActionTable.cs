using System.Text.RegularExpressions;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Attendance;
using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>
/// An action table of a word-processor minutes template that came out of a PDF as lines, not as a table: a column-header
/// line naming the action, the person responsible and the deadline (its words may be stacked over two or three lines,
/// "PERSON" / "ACTION ITEMS   DEADLINE" / "RESPONSIBLE"), then one row per action whose first line ends with the owner's
/// name ("Order the paint   Ann Lee"). A row's text goes on in the lines below it; an owner set on a line of its own
/// belongs to the row beside it that has none, and a second name in the owner column adds a second owner.
/// </summary>
public static partial class PrintedActionTable
{
    /// <summary>At most this many lines carry the stacked column headings.</summary>
    private const int MaxHeaderLines = 3;

    /// <summary>The actions under every such header, and the lines they were read from.</summary>
    public static (List<RawAction> Actions, HashSet<int> Lines) Read(IReadOnlyList<DocLine> lines, IReadOnlyList<Attendee> attendance)
    {
        var actions = new List<RawAction>();
        var used = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (HeaderEnd(lines, i) is not { } end) continue;
            for (var h = i; h < end; h++) used.Add(h);
            var rowEnd = ReadRows(lines, end, attendance, actions);
            for (var r = end; r < rowEnd; r++) used.Add(r);
            i = rowEnd - 1;
        }
        return (actions, used);
    }

    // The line after the header when lines i.. (up to three short ones outside any table) hold only column headings, among
    // them one for the action, one for the person responsible and one for the deadline; null otherwise.
    private static int? HeaderEnd(IReadOnlyList<DocLine> lines, int i)
    {
        var words = new List<string>();
        for (var j = i; j < lines.Count && j < i + MaxHeaderLines; j++)
        {
            if (lines[j].Row >= 0 || lines[j].IsMargin) return null;
            var lineWords = lines[j].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(':', '.').ToLowerInvariant()).ToList();
            if (lineWords.Count == 0 || !lineWords.All(w => HeaderWord().IsMatch(w))) return null;
            words.AddRange(lineWords);
            var joined = string.Join(" ", words);
            if (ActionHeading().IsMatch(joined) && OwnerHeading().IsMatch(joined) && DueHeading().IsMatch(joined)) return j + 1;
        }
        return null;
    }

    // The rows below a header up to the next heading or header; returns the first line after them.
    private static int ReadRows(IReadOnlyList<DocLine> lines, int start, IReadOnlyList<Attendee> attendance, List<RawAction> actions)
    {
        var rows = new List<Row>();
        string? spareOwner = null;
        var j = start;
        for (; j < lines.Count; j++)
        {
            var line = lines[j];
            if (line.Origin == LineOrigin.Heading || HeaderEnd(lines, j) != null) break;
            if (line.IsMargin || line.Column > 0) continue;
            var text = line.Text.Trim();
            // The template's next section opens with its label in capitals ("MEETING ADJOURNED").
            if (CapitalsLabel().IsMatch(text)) break;
            var owners = new List<string>();
            // A row that did come out as a table keeps its owner in the next cell; a table holding anything else there is not
            // this one.
            if (line.Row >= 0)
            {
                var cell = lines.Where(l => l.Block == line.Block && l.Row == line.Row && l.Column == 1)
                    .SelectMany(l => l.Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
                if (!cell.TrueForAll(c => PersonNames.LooksLikeName(c) || Everyone().IsMatch(c))) break;
                owners.AddRange(cell);
            }
            else if (TrailingOwner(text, attendance) is { } split)
            {
                text = split.Task;
                owners.Add(split.Owner);
            }
            var last = rows.Count > 0 ? rows[^1] : null;
            if (text.Length == 0)
            {
                // An owner on a line of its own: the row above when that row has none yet, else the next row.
                if (last is { Names.Count: 0 }) last.Names.AddRange(owners);
                else spareOwner = owners.Count > 0 ? owners[0] : null;
                continue;
            }
            var opens = last == null || line.Origin == LineOrigin.ListItem && line.StartsBlock
                || (!char.IsLower(text[0]) && SentenceClosed().IsMatch(last.Text.ToString()));
            if (opens)
            {
                last = new Row(j);
                rows.Add(last);
                if (owners.Count == 0 && spareOwner != null) owners.Add(spareOwner);
                spareOwner = null;
            }
            last!.Text.Append(last.Text.Length > 0 ? " " : "").Append(text);
            last.Names.AddRange(owners);
        }
        foreach (var row in rows)
            actions.Add(new RawAction(row.Text.ToString(), row.Names.Count > 0 ? string.Join(", ", row.Names.Distinct()) : null, null, null, row.Line));
        return j;
    }

    // "Order the paint Ann Lee": the words that close the line and name an attendee in full, or everyone ("All Board Members").
    // A line that is only such a name has an empty task.
    private static (string Task, string Owner)? TrailingOwner(string text, IReadOnlyList<Attendee> attendance)
    {
        var everyone = Everyone().Match(text);
        if (everyone.Success) return (text[..everyone.Index].Trim(), everyone.Value.Trim());
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = Math.Min(4, words.Length); k >= 2; k--)
        {
            var name = string.Join(" ", words[^k..]);
            var key = PersonNames.Key(name);
            if (attendance.Any(a => PersonNames.Key(a.Name) == key)) return (string.Join(" ", words[..^k]), name);
        }
        // A name the attendance does not give: a first name and surname closing the line, as the owner column prints them.
        var pair = words.Length >= 2 ? string.Join(" ", words[^2..]) : "";
        return PlainName().IsMatch(pair) && PersonNames.LooksLikeName(pair) ? (string.Join(" ", words[..^2]), pair) : null;
    }

    private sealed class Row(int line)
    {
        public int Line { get; } = line;
        public System.Text.StringBuilder Text { get; } = new();
        public List<string> Names { get; } = [];
    }

    [GeneratedRegex(@"^(?:actions?|items?|points?|tasks?|person|persons|people|responsible|responsibility|owners?|who|deadline|due|date|by|when|target|status|assigned|to)$")]
    private static partial Regex HeaderWord();

    [GeneratedRegex(@"\b(?:actions?|tasks?)\b")]
    private static partial Regex ActionHeading();

    [GeneratedRegex(@"\b(?:responsible|responsibility|owners?|who|assigned to)\b")]
    private static partial Regex OwnerHeading();

    [GeneratedRegex(@"\b(?:deadline|due|by when|target date|date due)\b")]
    private static partial Regex DueHeading();

    [GeneratedRegex(@"^\p{Lu}[\p{Ll}’'-]+\s\p{Lu}[\p{Ll}’'-]+$")]
    private static partial Regex PlainName();

    [GeneratedRegex(@"^\p{Lu}{2,}(?:\s+(?:&\s+)?\p{Lu}{2,})+$")]
    private static partial Regex CapitalsLabel();

    [GeneratedRegex(@"[.!?;:)]\s*$")]
    private static partial Regex SentenceClosed();

    [GeneratedRegex(@"(?:^|\s)(?:All|Everyone)(?:\s+\p{Lu}[\p{L}’'-]*){0,3}\s*$")]
    private static partial Regex Everyone();
}
