using System.Text.RegularExpressions;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Parsing.Lines;

/// <summary>Flattens a block model into reading-order lines; a table row's number column is folded into the row's first text line.</summary>
public static partial class DocumentLines
{
    public static IReadOnlyList<DocLine> From(SourceDocument doc)
    {
        var lines = new List<DocLine>();
        for (var b = 0; b < doc.Blocks.Count; b++)
        {
            var block = doc.Blocks[b];
            // A table of contents names the sections that follow; its entries would be read as items a second time.
            if (block switch { HeadingBlock h => h.Text, ParagraphBlock p => p.Text, ListItemBlock li => li.Text, _ => null } is { } text
                && ContentsEntry.Is(text, (block as ListItemBlock)?.Number)) continue;
            switch (block)
            {
                case HeadingBlock h: AddText(lines, h.Text, LineOrigin.Heading, b, h.Page, null, h.Level); break;
                case ParagraphBlock p: AddText(lines, p.Text, LineOrigin.Paragraph, b, p.Page, null, 0); break;
                case ListItemBlock li: AddText(lines, li.Text, LineOrigin.ListItem, b, li.Page, li.Number, li.Level); break;
                case TableBlock t: AddTable(lines, t, b); break;
            }
            // A note in the right margin beside a paragraph (an owner beside its last line) follows the paragraph's text.
            // Headings stay as they are: title and item rules read heading lines whole.
            if (block is ParagraphBlock or ListItemBlock && block.MarginNote is { } note && lines.Count > 0 && lines[^1].Block == b)
            {
                var before = lines.Count;
                AddText(lines, note, lines[^1].Origin, b, block.Page, null, lines[^1].Level, margin: true);
                // Notes continue their block: list and paragraph rules must not read one as an entry of its own.
                for (var k = before; k < lines.Count; k++) lines[k] = lines[k] with { StartsBlock = false };
            }
        }
        return lines.Select((l, i) => l with { Index = i }).ToList();
    }

    private static void AddText(List<DocLine> lines, string text, LineOrigin origin, int block, int page, string? number, int level,
        int row = -1, int col = -1, bool margin = false)
    {
        var first = true;
        foreach (var raw in text.Split('\n').SelectMany(SplitOverlong))
        {
            var t = Pictographs.Strip(ZeroWidthCharacters.Strip(raw.Trim()));
            if (t.Length == 0) continue;
            lines.Add(new DocLine(t, origin, block, page)
            {
                Number = first ? number : null, Level = level, Row = row, Column = col, StartsBlock = first, IsMargin = margin,
            });
            first = false;
        }
    }

    // Real minutes lines stay under a few thousand characters; a far longer line (a run-on export or a hostile
    // file) is cut at sentence ends so that no rule's work grows with the square of a line's length.
    private const int MaxLine = 6000;

    private static IEnumerable<string> SplitOverlong(string line)
    {
        var start = 0;
        while (line.Length - start > MaxLine)
        {
            var cut = line.LastIndexOf(". ", start + MaxLine, MaxLine / 2, StringComparison.Ordinal);
            if (cut < 0) cut = line.LastIndexOf(' ', start + MaxLine, MaxLine / 2);
            var end = cut < 0 ? start + MaxLine : cut + 1;
            yield return line[start..end];
            start = end;
        }
        yield return line[start..];
    }

    private static void AddTable(List<DocLine> lines, TableBlock t, int block)
    {
        var marginColumn = MarginColumn(t);
        var valueColumns = ValueColumns(t);
        for (var r = 0; r < t.Rows.Count; r++)
        {
            var cells = t.Rows[r].Cells;
            string? pendingNumber = null;
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                var text = cell.Text.Trim();
                if (text.Length == 0) continue;
                // A label cell ("Venue:", "Facilitator:") with its value in the next cell reads as one "Label: value" line.
                if (LabelCell().IsMatch(text) && c + 1 < cells.Count && cells[c + 1].Text.Trim() is { Length: > 0 } value && !LabelCell().IsMatch(value))
                {
                    lines.Add(new DocLine(text + (text.EndsWith(':') ? " " : ": ") + string.Join(", ", value.Split('\n').Select(v => v.Trim().TrimStart('-', '•', ' ')).Where(v => v.Length > 0)),
                        LineOrigin.TableCell, block, t.Page) { Row = r, Column = c, StartsBlock = true, Number = pendingNumber });
                    pendingNumber = null;
                    c++;
                    continue;
                }
                // A cell holding only an item number ("2.1", "3.") numbers the next cell's first line.
                if (pendingNumber == null && c < cells.Count - 1 && !valueColumns.Contains(c) && ItemLabelGrammar.IsLabelOnly(text)
                    && cells.Skip(c + 1).Any(x => x.Text.Trim().Length > 0))
                {
                    pendingNumber = text;
                    continue;
                }
                var firstInCell = true;
                foreach (var inner in cell.Content)
                {
                    var (innerText, innerNumber, origin, level) = inner switch
                    {
                        ListItemBlock li => (li.Text, li.Number, LineOrigin.ListItem, li.Level),
                        _ => (BlockText.Of(inner), null, LineOrigin.TableCell, 0),
                    };
                    var number = innerNumber;
                    if (firstInCell && pendingNumber != null) { number = pendingNumber; pendingNumber = null; }
                    var before = lines.Count;
                    AddText(lines, innerText, origin == LineOrigin.ListItem ? LineOrigin.ListItem : LineOrigin.TableCell, block, t.Page,
                        number, level, r, c, c == marginColumn);
                    if (lines.Count > before && origin != LineOrigin.ListItem)
                        for (var k = before; k < lines.Count; k++) lines[k] = lines[k] with { Origin = LineOrigin.TableCell, Row = r, Column = c };
                    if (lines.Count > before && !firstInCell) lines[before] = lines[before] with { StartsBlock = true };
                    if (lines.Count > before) firstInCell = false;
                }
            }
        }
    }

    // The right-most column is a margin when its non-empty cells are short (owners, initials) while a column
    // to its left carries long prose.
    private static int MarginColumn(TableBlock t)
    {
        var width = t.Rows.Count == 0 ? 0 : t.Rows.Max(r => r.Cells.Count);
        if (width < 2) return -1;
        var last = width - 1;
        var lastTexts = t.Rows.Where(r => r.Cells.Count > last).Select(r => r.Cells[last].Text.Trim()).Where(s => s.Length > 0).ToList();
        if (lastTexts.Count == 0) return -1;
        var shortCells = lastTexts.Count(s => s.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length <= 4);
        var longLeft = t.Rows.Any(r => r.Cells.Take(last).Any(c => c.Text.Length > 150));
        if (longLeft && shortCells >= lastTexts.Count * 0.8) return last;
        // Initials beside a sentence ("… will be booked. | JB"): a one-column action margin.
        var proseLeft = t.Rows.Any(r => r.Cells.Take(last).Any(c => c.Text.Length > 40));
        return proseLeft && lastTexts.All(x => Initials().IsMatch(x)) ? last : -1;
    }

    [GeneratedRegex(@"^(?:[A-Za-z][\w ’'/()-]{0,40}:|(?:title of meeting|meeting|date|time|place|venue|location|attendees|attendance|present|invited|apologies|absent|chair|chairperson|minutes(?: taken)? by|note taker|facilitator|secretary|in attendance|observers|guests))$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelCell();

    [GeneratedRegex(@"^[A-Z][A-Za-z]{0,4}(?:\s*[/,&]\s*[A-Z][A-Za-z]{0,4})*$")]
    private static partial Regex Initials();

    // A column headed as a date ("Date opened", "Due") holds dates such as "03.21.24", and one headed as a timing ("Min",
    // "Duration") the minutes an agenda allows or the minute each topic starts ("0", "5", "10"): never item numbers.
    private static HashSet<int> ValueColumns(TableBlock t)
    {
        var result = new HashSet<int>();
        if (t.Rows.Count == 0) return result;
        var header = t.Rows[0].Cells;
        for (var c = 0; c < header.Count; c++)
            if (header[c].Text.Trim() is var h && (DateHeader().IsMatch(h) || TimingHeader().IsMatch(h))) result.Add(c);
        return result;
    }

    [GeneratedRegex(@"^(?:mins?\.?|time|timing|duration|length|start|(?:time|mins?)\s*\(?mins?\)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex TimingHeader();

    [GeneratedRegex(@"^(?:[\w ]{0,20}\b)?(?:date|dated|due|deadline|opened|closed|raised)\b[\w ?]{0,20}$", RegexOptions.IgnoreCase)]
    private static partial Regex DateHeader();
}
