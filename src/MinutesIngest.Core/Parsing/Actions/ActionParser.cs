using System.Text.RegularExpressions;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>
/// Finds explicitly marked actions: "Action:"/"ACTIONS:"/"AI:"/"Action item:" markers (also mid-paragraph and as
/// blocks of several lines), owner-only markers ("ACTION: MS") that take the paragraph they belong to,
/// action-log tables, and owner initials in an action margin column.
/// </summary>
public sealed partial class ActionParser
{
    public List<RawAction> Parse(SourceDocument doc, IReadOnlyList<DocLine> lines, IReadOnlyList<Items.FoundItem> items)
    {
        var itemStarts = items.Where(it => it.Offset > 0).GroupBy(it => it.Line).ToDictionary(g => g.Key, g => g.Select(x => x.Offset).Order().ToList());
        var actions = new List<RawAction>();
        var tableActionBlocks = new HashSet<int>();
        for (var b = 0; b < doc.Blocks.Count; b++)
        {
            if (doc.Blocks[b] is not TableBlock t) continue;
            var rows = ActionTableReader.Read(t);
            if (rows.Count == 0) continue;
            tableActionBlocks.Add(b);
            foreach (var (a, row) in rows)
            {
                var at = lines.FirstOrDefault(l => l.Block == b && l.Row == row)?.Index ?? lines.FirstOrDefault(l => l.Block == b)?.Index ?? 0;
                actions.Add(a with { LineIndex = at });
            }
        }

        var rowsWithMarkers = new HashSet<(int Block, int Row)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (tableActionBlocks.Contains(line.Block) || line.IsMargin) continue;
            var found = FromMarkers(lines, ref i, itemStarts.GetValueOrDefault(i));
            if (found.Count > 0 && line.Row >= 0) rowsWithMarkers.Add((line.Block, line.Row));
            actions.AddRange(found);
        }
        OwnersFromMargin(actions, lines, rowsWithMarkers);

        actions.AddRange(FromMargin(lines, rowsWithMarkers));
        foreach (var index in ActionListLines(lines))
        {
            var text = lines[index].Text;
            if (Items.NumberedLineReader.Read(text, lines[index].Number) is { Rest.Length: > 0 } n) text = n.Rest;
            actions.Add(Make(text, index));
        }
        // An action carried over in a later list is labelled once, where it first appears.
        return actions.OrderBy(a => a.LineIndex).ThenBy(a => a.Offset)
            .DistinctBy(a => Normalise(a.Text))
            .ToList();
    }

    // When a row carries both marked actions and an owner margin with one owner per action, the margin is the owner as written.
    private static void OwnersFromMargin(List<RawAction> actions, IReadOnlyList<DocLine> lines, HashSet<(int Block, int Row)> rows)
    {
        foreach (var (block, row) in rows)
        {
            var owners = lines.Where(l => l.Block == block && l.Row == row && l.IsMargin && OwnerOnly().IsMatch(l.Text)).Select(l => l.Text.TrimEnd('.')).ToList();
            var inRow = actions.Select((a, k) => (a, k)).Where(x => x.a.LineIndex >= 0 && lines[x.a.LineIndex].Block == block && lines[x.a.LineIndex].Row == row).ToList();
            if (owners.Count == 0 || owners.Count != inRow.Count) continue;
            for (var k = 0; k < inRow.Count; k++) actions[inRow[k].k] = inRow[k].a with { Owner = owners[k] };
        }
    }

    /// <summary>
    /// Lines listed under an action heading ("Pending Action Items", "Next steps", "To do") up to the next heading:
    /// each list entry is one action. These lines are not agenda items.
    /// </summary>
    public static IReadOnlyList<int> ActionListLines(IReadOnlyList<DocLine> lines)
    {
        var result = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Row >= 0 || !ActionListHeading().IsMatch(lines[i].Text.Trim())) continue;
            if (lines[i].Origin != LineOrigin.Heading && !lines[i].Text.TrimEnd().EndsWith(':')) continue;
            // A "To do:" label line is handled with the markers; headings own the lists below them.
            if (lines[i].Origin != LineOrigin.Heading) continue;
            var headingLevel = lines[i].Level;
            bool? numberedMode = null;
            var level = -1;
            for (var j = i + 1; j < lines.Count; j++)
            {
                var l = lines[j];
                if (l.Row >= 0) break;
                var numbered = (l.Number != null && l.Number.Any(char.IsDigit)) || Items.NumberedLineReader.Read(l.Text) is { Scheme: Lexicon.NumberScheme.Decimal };
                if (l.Origin == LineOrigin.Heading && l.Level <= headingLevel) break;
                numberedMode ??= numbered ? true : l.Origin == LineOrigin.ListItem ? false : null;
                // Prose right under "Actions:" is read by the marker rules; a titled list ("Pending Action Items") may open with a note.
                if (numberedMode == null && lines[i].Text.TrimEnd().EndsWith(':')) break;
                if (numberedMode == true)
                {
                    if (numbered && l.StartsBlock) result.Add(j);
                    continue;
                }
                if (numberedMode == false)
                {
                    if (l.Origin != LineOrigin.ListItem) break;
                    if (level < 0) level = l.Level;
                    if (l.Level == level && l.StartsBlock) result.Add(j);
                }
            }
        }
        return result;
    }

    private static List<RawAction> FromMarkers(IReadOnlyList<DocLine> lines, ref int i, List<int>? itemStarts)
    {
        var result = new List<RawAction>();
        var line = lines[i];
        var matches = Marker().Matches(line.Text);
        if (matches.Count == 0) return result;
        for (var k = 0; k < matches.Count; k++)
        {
            var m = matches[k];
            var end = k + 1 < matches.Count ? matches[k + 1].Index : line.Text.Length;
            // An item that starts later in the same line ends the action text.
            var nextItem = itemStarts?.FirstOrDefault(o => o > m.Index) ?? 0;
            if (nextItem > 0 && nextItem < end) end = nextItem;
            var rest = line.Text[(m.Index + m.Length)..end].Trim();
            if (rest.Length == 0)
            {
                // "Actions:" heading: the following lines are the actions; in a list, only its top level.
                var j = i + 1;
                var listLevel = j < lines.Count && lines[j].Origin == LineOrigin.ListItem ? lines[j].Level : -1;
                for (; j < lines.Count; j++)
                {
                    var next = lines[j];
                    if (listLevel >= 0 && next.Origin == LineOrigin.ListItem && next.Level > listLevel) continue;
                    if (listLevel >= 0 && next.Origin != LineOrigin.ListItem) break;
                    if (next.IsMargin) continue;
                    if (next.Number != null || Marker().IsMatch(next.Text) || Items.NumberedLineReader.Read(next.Text) is { Scheme: Lexicon.NumberScheme.Decimal }) break;
                    // Under an "Actions:" heading every paragraph up to the next heading is an action; after a label line, one block.
                    if (line.Origin != LineOrigin.Heading && next.StartsBlock && next.Origin is not LineOrigin.ListItem && j > i + 1
                        && next.Block != lines[j - 1].Block && lines[j - 1].Origin != LineOrigin.ListItem) break;
                    if (next.Origin == LineOrigin.Heading) break;
                    result.Add(Make(next.Text, j));
                    if (line.Origin != LineOrigin.Heading && next.Origin != LineOrigin.ListItem && !next.Text.TrimEnd().EndsWith('.') && j + 1 < lines.Count && lines[j + 1].Block != next.Block) { j++; break; }
                }
                i = Math.Max(i, j - 1);
                continue;
            }
            if (OwnerOnly().IsMatch(rest))
            {
                var owner = rest.TrimEnd('.');
                var paragraph = PrecedingText(lines, i, m.Index);
                if (paragraph.Length > 0) result.Add(new RawAction(paragraph, owner, null, null, i) { Offset = m.Index });
                continue;
            }
            // "Actions:" lists every sentence that follows; a single marker runs to the end of its sentence.
            if (PluralMarker().IsMatch(m.Value))
                foreach (var sentence in Sentences(rest)) result.Add(Make(sentence, i) with { Offset = m.Index });
            else
            {
                // "Action: X to do Y. Due: 25/04/2025": a deadline written after the sentence belongs to it.
                var first = FirstSentence(rest);
                var after = rest.Length > first.Length ? rest[first.Length..] : "";
                var due = DueAfter().Match(after);
                result.Add(Make(first, i) with { Offset = m.Index, DueText = due.Success ? due.Value : null });
            }
        }
        return result;
    }

    private static RawAction Make(string text, int index)
    {
        var clean = text.Trim().TrimStart('-', '*', '•', ' ').Trim();
        return new RawAction(clean, ActionOwnerReader.FromText(clean), null, null, index);
    }

    // The paragraph an owner-only marker belongs to: text before the marker on its line, else the previous paragraph.
    private static string PrecedingText(IReadOnlyList<DocLine> lines, int i, int markerIndex)
    {
        var before = lines[i].Text[..markerIndex].Trim();
        if (before.Length > 0) return before;
        var parts = new List<string>();
        for (var j = i - 1; j >= 0; j--)
        {
            if (lines[j].IsMargin) continue;
            if (Marker().IsMatch(lines[j].Text)) break;
            parts.Insert(0, lines[j].Text);
            if (lines[j].StartsBlock) break;
        }
        return string.Join(" ", parts).Trim();
    }

    private static IEnumerable<RawAction> FromMargin(IReadOnlyList<DocLine> lines, HashSet<(int Block, int Row)> rowsWithMarkers)
    {
        // Margin owners are initials or names; "All" against a whole block of notes is not an action.
        foreach (var margin in lines.Where(l => l.IsMargin && OwnerOnly().IsMatch(l.Text) && !HeaderWord().IsMatch(l.Text) && !Everyone().IsMatch(l.Text)))
        {
            if (rowsWithMarkers.Contains((margin.Block, margin.Row))) continue;
            var prose = lines.Where(l => l.Block == margin.Block && l.Row == margin.Row && !l.IsMargin && l.Column >= 0).ToList();
            if (prose.Count == 0) continue;
            // The paragraph the initials sit beside: the last paragraph of the row's prose.
            var startIdx = prose.FindLastIndex(l => l.StartsBlock);
            var text = string.Join(" ", prose.Skip(Math.Max(0, startIdx)).Select(l => l.Text));
            if (Items.NumberedLineReader.Read(text) is { } n && n.Rest.Length > 0) text = n.Rest;
            // Initials sit level with the paragraph's last line: the action is its last sentence.
            var sentences = Sentences(text).ToList();
            if (sentences.Count > 1) text = sentences[^1];
            yield return new RawAction(text, margin.Text.TrimEnd('.'), null, null, margin.Index);
        }
    }

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        foreach (Match m in SentenceEnd().Matches(text))
        {
            yield return text[start..(m.Index + 1)].Trim();
            start = m.Index + 1;
        }
        if (text[start..].Trim().Length > 0) yield return text[start..].Trim();
    }

    private static string FirstSentence(string text)
    {
        var m = SentenceEnd().Match(text);
        return m.Success ? text[..(m.Index + 1)].Trim() : text.Trim();
    }

    private static string Normalise(string text) => Regex.Replace(text.ToLowerInvariant(), @"\W+", " ").Trim();

    [GeneratedRegex(@"(?:(?<=^|[.;:!?)]\s*|\s{2,})(?:ACTIONS?|Actions?|AI|Action\s+items?|Action\s+points?|ACTION\s+POINTS?)\s*(?:\([^)]*\))?\s*[:\-–]\s*|#action\s+|^(?:To\s*-?\s*do|TO\s*DO|Next\s+steps|NEXT\s+STEPS)\s*:\s*$|(?<=^|[.;!?]\s+)Action\s+(?=[A-Z][\w’' ]{1,40}?\s+to\s))")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?:[A-Z][A-Za-z]{0,4}(?:\s*/\s*[A-Z][A-Za-z]{0,4})*|All|ALL|[A-Z][a-z]+(?:\s*(?:/|&|and)\s*[A-Z][a-z]+)*)\.?$")]
    private static partial Regex OwnerOnly();

    [GeneratedRegex(@"^\s*(?:ACTIONS|Actions|ACTION\s+POINTS|Action\s+points|Action\s+items)\b")]
    private static partial Regex PluralMarker();

    [GeneratedRegex(@"^(?:(?:pending|open|outstanding|new|agreed)\s+)?(?:action\s+(?:items?|points?|list)|actions|next\s+steps|to\s*-?\s*do(?:\s+list)?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex ActionListHeading();

    [GeneratedRegex(@"^\W*(?:due|deadline|by|target(?:\s+date)?)\b\s*:?\s*\S.{0,40}", RegexOptions.IgnoreCase)]
    private static partial Regex DueAfter();

    [GeneratedRegex(@"^(?:all|everyone|everybody|team)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Everyone();

    [GeneratedRegex(@"^(?:Action|Actions|Owner|Who|By|Lead|Ref)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderWord();

    [GeneratedRegex(@"(?<!\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Cllr|St|No|etc|e\.g|i\.e))[.!?](?=\s+[A-Z""'‘“(])")]
    private static partial Regex SentenceEnd();
}
