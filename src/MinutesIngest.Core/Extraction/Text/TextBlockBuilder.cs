using System.Text.RegularExpressions;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Layout;

namespace MinutesIngest.Core.Extraction.Text;

/// <summary>Groups the lines of a text file into blocks.</summary>
internal sealed partial class TextBlockBuilder
{
    private readonly List<Block> _blocks = [];
    private readonly List<string> _paragraph = [];
    private readonly List<string> _raw = [];
    private readonly List<List<string>> _tableRows = [];

    public List<Block> Build(ReadOnlySpan<string> lines)
    {
        var rendered = MarkdownLazyNumbering.Render(lines);
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = WithoutQuoteBar(WithoutBlockquote(lines[i].TrimEnd(' ', '\u00A0')));
            var trimmed = raw.Trim();
            if (trimmed.Length == 0)
            {
                _listContent = -1;
                FlushParagraph();
                // A table continues across blank lines as long as the next text line is another row.
                if (_tableRows.Count > 0 && !NextNonBlankIsRow(lines, i + 1)) FlushTable();
                continue;
            }
            // A raw HTML table in Markdown keeps its grid; read by the HTML reader rather than stripped to one paragraph.
            if (EmbeddedHtmlTable.Opens(trimmed) && EmbeddedHtmlTable.End(lines, i) is var end and >= 0
                && EmbeddedHtmlTable.Read(string.Join("\n", lines[i..(end + 1)].ToArray())) is { } html)
            {
                _listContent = -1;
                FlushParagraph();
                FlushTable();
                _blocks.AddRange(html);
                i = end;
                continue;
            }
            // A line whose only tabs indent it ("\t1. Ann Lee") is indented text, as e-mailed minutes indent their lists and
            // hand-indented markup its lines: a line of its own, not a row with an empty first cell (inside a table it is one).
            var tabIndented = _tableRows.Count == 0 && TabsOnlyIndent(raw);
            if (!tabIndented && TryTableRow(raw, out var cells))
            {
                FlushParagraph();
                _tableRows.Add(cells);
                continue;
            }
            FlushTable();
            var listContent = _listContent;
            _listContent = -1;
            if (rendered.TryGetValue(i, out var item))
            {
                FlushParagraph();
                Add(new ListItemBlock(item.Level, item.Number, InlineMarkup.CleanEntry(item.Text)));
                _listContent = item.ContentIndent;
            }
            else if (Heading().Match(trimmed) is { Success: true } h)
            {
                FlushParagraph();
                Add(new HeadingBlock(h.Groups[1].Length, InlineMarkup.Clean(h.Groups[2].Value)));
            }
            else if (OrgHeading().Match(trimmed) is { Success: true } oh)
            {
                FlushParagraph();
                Add(new HeadingBlock(oh.Groups[1].Length, InlineMarkup.Clean(oh.Groups[2].Value)));
            }
            else if (RstDirective().IsMatch(trimmed))
            {
                // reStructuredText directives (".. contents::", ".. sectnum::") and their option lines (":suffix: .") tell the
                // renderer what to generate; they are not text of the minutes.
                FlushParagraph();
                while (i + 1 < lines.Length && RstOption().IsMatch(lines[i + 1])) i++;
            }
            else if (SetextUnderline().IsMatch(trimmed) && (_paragraph.Count == 1
                     // reStructuredText sets a title between an overline and an underline of the same character.
                     || (_paragraph.Count == 2 && _paragraph[0].Length > 0 && _paragraph[0][0] == trimmed[0] && SetextUnderline().IsMatch(_paragraph[0]))))
            {
                var title = _paragraph[^1];
                _paragraph.Clear();
                _raw.Clear();
                Add(new HeadingBlock(trimmed[0] == '=' ? 1 : 2, title));
            }
            else if (Bullet().Match(raw) is { Success: true } b)
            {
                FlushParagraph();
                Add(new ListItemBlock(b.Groups[1].Value.Replace("\t", "    ").Length / 2, null, InlineMarkup.CleanEntry(b.Groups[2].Value)));
                _listContent = Indent(raw) + 2;
            }
            else if (listContent >= 0 && Indent(raw) >= listContent && _paragraph.Count == 0 && _blocks.Count > 0 && _blocks[^1] is ListItemBlock open
                && !OrderedStart().IsMatch(trimmed) && InlineMarkup.Clean(trimmed) is { Length: > 0 } more)
            {
                // Markdown's list item continues on the following lines indented to its text (no blank line between):
                // a wrapped entry stays one entry.
                _blocks[^1] = open with { Text = InlineMarkup.WithoutLinks(open.Text + "\n" + more).Replace('\n', ' ') };
                _listContent = listContent;
            }
            else if (HorizontalRule().IsMatch(trimmed)) FlushParagraph();
            else
            {
                // A line that is one link and nothing else ("[Original file](…)", "[Back to the index](…)") is the site's
                // navigation or a pointer to the source, not a line of the minutes.
                if (InlineMarkup.IsLinkOnly(trimmed)) continue;
                // reStructuredText's "Action::" introduces the literal block below it and reads as "Action:"; a lone "::" is not shown.
                if (trimmed == "::") continue;
                if (trimmed.Length > 2 && trimmed.EndsWith("::") && trimmed[^3] is not (':' or ' ')) trimmed = trimmed[..^1];
                var clean = InlineMarkup.Clean(WideGap().Replace(trimmed, "  "));
                if (clean.Length == 0) continue;
                // A line indented deeper than the one before, which does not open a list, is that line wrapped.
                var indent = Indent(raw);
                if (_paragraph.Count > 0 && indent >= _lastIndent + 2 && _raw[^1].Trim().Length >= 45 && !_paragraph[^1].EndsWith(':') && _paragraphIndentSet
                    && !LabelLine().IsMatch(clean) && WideCells(raw).Count < 2)
                {
                    _paragraph[^1] += " " + clean;
                    _raw[^1] += " " + trimmed;
                }
                else
                {
                    if (tabIndented) FlushParagraph();
                    _paragraph.Add(clean);
                    _raw.Add(raw);
                    _lastIndent = indent;
                    _paragraphIndentSet = true;
                    if (tabIndented) FlushParagraph();
                }
            }
        }
        FlushParagraph();
        FlushTable();
        return _blocks;
    }

    // "> ACTION: Ann to book the hall": Markdown sets a paragraph off as a quote (e-mail quotes the same way); the ">" marks
    // show how it is displayed, not what it says.
    private static string WithoutBlockquote(string line) => BlockquoteMarker().Replace(line, "$1");

    [GeneratedRegex(@"^(\s*)(?:>[ \t]?)+(?=\S|$)")]
    private static partial Regex BlockquoteMarker();

    // Plain-text minutes quote their agenda with a bar down the left ("| 4. Review of actions"), as mail clients quote with
    // "> ". A bar with no other pipe on the line is that quote mark, not a one-cell table row: the text behind it stays.
    private static string WithoutQuoteBar(string line)
    {
        var t = line.TrimStart();
        if (t.Length == 0 || t[0] != '|' || t.IndexOf('|', 1) > 0 || (t.Length > 1 && !char.IsWhiteSpace(t[1]))) return line;
        return line[..(line.Length - t.Length)] + " " + t[1..];
    }

    private static bool NextNonBlankIsRow(ReadOnlySpan<string> lines, int from)
    {
        for (var j = from; j < lines.Length; j++)
            if (lines[j].Trim().Length > 0) return TryTableRow(lines[j].TrimEnd(), out _);
        return false;
    }

    private static bool TabsOnlyIndent(string line) =>
        line.Contains('\t') && line.TrimStart(' ', '\t') is var body && body.IndexOf('\t') < 0 && !body.StartsWith('|');

    private static bool TryTableRow(string line, out List<string> cells)
    {
        cells = [];
        var t = line.Trim(' ');
        if (line.Contains('\t') && line.Trim().Length > 0)
        {
            cells = CapColumns(line.TrimStart(' ').Split('\t').Select(c => c.Trim()).ToList());
            return cells.Count >= 2;
        }
        if (t.StartsWith('|') && t.Length > 1 && t.IndexOf('|', 1) > 0)
        {
            if (MarkdownTableRule().IsMatch(t)) { cells = ["\u0000rule"]; return true; }
            cells = t.Trim('|').Split('|').Select(c => c.Trim()).ToList();
            return true;
        }
        return false;
    }

    // Indentation at which an open list item's wrapped lines continue it; -1 when no list item is open.
    private int _listContent = -1;

    private int _lastIndent;
    private bool _paragraphIndentSet;

    // Text filled to a fixed width (pandoc, e-mail, fmt) breaks names and sentences at the margin ("Ann⏎Lee"):
    // a paragraph each of whose line breaks falls where the next word would not have fitted is one run of prose. Lists written one
    // entry a line stay short and ragged, and a Markdown hard break (two spaces or a backslash at the end) is kept.
    private static bool HardWrapped(IReadOnlyList<string> raw)
    {
        if (raw.Count < 2 || raw.Any(r => r.EndsWith("  ") || r.EndsWith('\\') || WideCells(r).Count >= 2)) return false;
        var widest = raw.Max(r => r.TrimEnd().Length);
        return widest is >= MinWrapWidth and <= MaxWrapWidth
            && Enumerable.Range(0, raw.Count - 1).All(i => Filled(raw[i].TrimEnd(), raw[i + 1].Trim(), widest) && !raw[i].TrimEnd().EndsWith(':'));
    }

    // A line was broken by the fill when the next line's first word would not have fitted after it.
    // A next line opened by a number, a bullet or a label ("2. …", "- …", "Venue: …") starts an entry of its own.
    private static bool Filled(string line, string next, int width) =>
        line.Length + 1 + next.Split(' ')[0].Length > width && !EntryStart().IsMatch(next);

    [GeneratedRegex(@"^(?:\(?\d{1,3}[.):]|\(?[a-zA-Z][.)]|[-*•+–]|\p{Lu}[\p{L}’'/&-]*(?:\s[\p{L}’'/&-]+){0,3}:)\s")]
    private static partial Regex EntryStart();

    private const int MinWrapWidth = 55;
    private const int MaxWrapWidth = 100;

    private static List<string> WideCells(string raw) =>
        CapColumns(WideSplit().Split(raw.Trim()).Select(c => c.Trim()).Where(c => c.Length > 0).ToList());

    // Every row of a table is padded to its widest row, so one line of thousands of tabs among hundreds of rows once made
    // millions of cells (a 2 MB file exhausted a 512 MB worker). Word allows 63 columns; the text of any further cells is
    // kept, joined into the last one.
    private const int MaxColumns = 64;

    private static List<string> CapColumns(List<string> cells) =>
        cells.Count <= MaxColumns ? cells : [.. cells.Take(MaxColumns - 1), string.Join(" ", cells.Skip(MaxColumns - 1).Where(c => c.Length > 0))];

    /// <summary>The width of a line's leading white space, a tab counted as four spaces.</summary>
    internal static int Indent(string line) => line.Replace("\t", "    ").Length - line.Replace("\t", "    ").TrimStart().Length;

    private void FlushParagraph()
    {
        _paragraphIndentSet = false;
        if (_paragraph.Count == 0) return;
        var paragraph = InlineMarkup.WithoutSpanningEmphasis(_paragraph);
        if (HardWrapped(_raw))
        {
            Add(new ParagraphBlock(string.Join(" ", paragraph)));
            _paragraph.Clear();
            _raw.Clear();
            return;
        }
        // Runs of two or more lines aligned in columns by wide spaces are tables; the rest stays prose.
        var pending = new List<string>();
        for (var i = 0; i < _paragraph.Count;)
        {
            var run = 0;
            while (i + run < _paragraph.Count && WideCells(_raw[i + run]).Count >= 2) run++;
            if (run >= 2)
            {
                if (pending.Count > 0) { Add(new ParagraphBlock(string.Join("\n", pending))); pending.Clear(); }
                var rows = _raw.Skip(i).Take(run).Select(WideCells).ToList();
                var width = rows.Max(r => r.Count);
                Add(new TableBlock(rows.Select(r => new TableRow(Enumerable.Range(0, width)
                    .Select(c => TableCell.FromText(c < r.Count ? InlineMarkup.Clean(r[c]) : "")).ToList())).ToList()));
                i += run;
                continue;
            }
            pending.Add(paragraph[i]);
            i++;
        }
        if (pending.Count > 0) Add(new ParagraphBlock(string.Join("\n", pending)));
        _paragraph.Clear();
        _raw.Clear();
    }

    private void FlushTable()
    {
        if (_tableRows.Count == 0) return;
        var rows = _tableRows.Where(r => !(r.Count == 1 && r[0] == "\u0000rule")).ToList();
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var table = rows.Select(r => new TableRow(
            Enumerable.Range(0, width).Select(c => new TableCell(
                (c < r.Count ? InlineMarkup.SplitHtmlParagraphs(r[c]) : [])
                .Select(p => (Block)new ParagraphBlock(p)).ToList())).ToList())).ToList();
        if (table.Count > 0) Add(new TableBlock(table));
        _tableRows.Clear();
    }

    private void Add(Block block) => _blocks.Add(block);

    [GeneratedRegex(@"^(#{1,6})\s+(.*?)\s*#*$")]
    private static partial Regex Heading();

    // Org-mode style "** Heading" (no closing stars, so it is not bold text).
    [GeneratedRegex(@"^(\*{2,4})\s+([^*].*)$")]
    private static partial Regex OrgHeading();

    [GeneratedRegex(@"^(=+|-+)$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^\.\.\s+[\w-]+::")]
    private static partial Regex RstDirective();

    [GeneratedRegex(@"^\s+:[\w-]+:")]
    private static partial Regex RstOption();

    [GeneratedRegex(@"^([ \t]*)[-*+•▪◦·]\s+(.+)$")]
    private static partial Regex Bullet();

    // An ordered entry ("1.", "2)", "a.") opens a list of its own, even when indented under a bullet.
    [GeneratedRegex(@"^(?:\(?\d{1,3}[.)]|\(?[a-z][.)])\s")]
    private static partial Regex OrderedStart();

    [GeneratedRegex(@"^([-*_])(\s*\1){2,}$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")]
    private static partial Regex MarkdownTableRule();

    [GeneratedRegex(@"\s{3,}|\t")]
    private static partial Regex WideSplit();

    [GeneratedRegex(@"^[A-Z][\w ]{0,30}:")]
    private static partial Regex LabelLine();

    [GeneratedRegex(@"[ \u00A0]{3,}")]
    private static partial Regex WideGap();
}
