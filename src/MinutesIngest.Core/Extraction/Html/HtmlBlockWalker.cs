using System.Runtime.CompilerServices;
using HtmlAgilityPack;
using MinutesIngest.Core.Documents;

namespace MinutesIngest.Core.Extraction.Html;

/// <summary>Turns the content element of a page into blocks in reading order.</summary>
internal sealed class HtmlBlockWalker
{
    private readonly HtmlListNumbering _lists = new();

    /// <summary>The blocks of <paramref name="container"/> and everything below it.</summary>
    public List<Block> Walk(HtmlNode container)
    {
        var sink = new List<Block>();
        var buffer = new HtmlInlineBuffer();
        WalkChildren(container, sink, buffer);
        buffer.FlushTo(sink);
        return sink;
    }

    private void WalkChildren(HtmlNode parent, List<Block> sink, HtmlInlineBuffer buffer)
    {
        foreach (var child in parent.ChildNodes) WalkNode(child, sink, buffer);
    }

    private void WalkNode(HtmlNode node, List<Block> sink, HtmlInlineBuffer buffer)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (node is HtmlTextNode text) { buffer.AppendText(HtmlText.Decoded(text)); return; }
        if (node.NodeType != HtmlNodeType.Element || HtmlText.InvisibleElements.Contains(node.Name) || HtmlStrikeThrough.IsStruck(node)) return;

        var name = node.Name;
        if (name == "br") { buffer.AppendLineBreak(); return; }
        if (!HtmlText.BlockElements.Contains(name))
        {
            if (HtmlMarginNote.Of(node) is { } note) buffer.SetMarginNote(note);
            else WalkChildren(node, sink, buffer);
            return;
        }

        buffer.FlushTo(sink);
        switch (name)
        {
            case var _ when HtmlText.HeadingLevel(node) is var level and > 0:
                if (HtmlText.InlineText(node) is { Length: > 0 } heading) sink.Add(new HeadingBlock(level, heading));
                break;
            case "pre" or "listing" or "xmp" or "plaintext":
                AddPreformatted(node, sink);
                break;
            case "ol" or "ul" or "menu" or "dir":
                WalkList(node, sink);
                break;
            case "li":
                WalkListItem(node, sink);
                break;
            case "dl":
                WalkDefinitionList(node, sink);
                break;
            case "table":
                WalkTable(node, sink);
                break;
            default:
                WalkChildren(node, sink, buffer);
                buffer.FlushTo(sink);
                break;
        }
    }

    // Preformatted text keeps its lines: one paragraph per non-blank line.
    private static void AddPreformatted(HtmlNode pre, List<Block> sink)
    {
        var raw = new System.Text.StringBuilder();
        AppendRaw(pre, raw);
        foreach (var line in raw.ToString().Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var clean = new string(line.Where(c => !HtmlText.IsIgnorable(c)).Select(c => c == '\u00A0' ? ' ' : c).ToArray()).Trim();
            if (clean.Length > 0) sink.Add(new ParagraphBlock(clean));
        }
    }

    private static void AppendRaw(HtmlNode node, System.Text.StringBuilder raw)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var child in node.ChildNodes)
        {
            if (child is HtmlTextNode t) raw.Append(HtmlText.Decoded(t));
            else if (child.Name == "br") raw.Append('\n');
            else if (child.NodeType == HtmlNodeType.Element && !HtmlText.InvisibleElements.Contains(child.Name) && !HtmlStrikeThrough.IsStruck(child))
                AppendRaw(child, raw);
        }
    }

    private void WalkList(HtmlNode list, List<Block> sink)
    {
        _lists.Enter(list);
        // Text placed directly in a list (outside any li) still belongs to the document.
        var loose = new HtmlInlineBuffer();
        foreach (var child in list.ChildNodes)
        {
            if (child.Name == "li") { loose.FlushTo(sink); WalkListItem(child, sink); }
            else WalkNode(child, sink, loose);
        }
        loose.FlushTo(sink);
        _lists.Exit();
    }

    // The item's own paragraphs form its text; nested lists and anything after them follow as their own blocks.
    private void WalkListItem(HtmlNode item, List<Block> sink)
    {
        var number = _lists.Next(item);
        var depth = _lists.Depth;
        var inner = new List<Block>();
        var buffer = new HtmlInlineBuffer();
        WalkChildren(item, inner, buffer);
        buffer.FlushTo(inner);

        var own = inner.TakeWhile(b => b is ParagraphBlock or HeadingBlock).ToList();
        var text = string.Join("\n", own.Select(BlockText.Of));
        if (text.Length > 0 || number is not null)
            sink.Add(new ListItemBlock(depth, number, text) { MarginNote = own.Select(b => b.MarginNote).LastOrDefault(n => n != null) });
        sink.AddRange(inner.Skip(own.Count));
    }

    // Each term with its descriptions becomes one "Term: a, b" paragraph (scribe.perl's Present/Chair/Scribe header).
    private void WalkDefinitionList(HtmlNode list, List<Block> sink)
    {
        var terms = new List<string>();
        var values = new List<string>();

        void Emit()
        {
            if (terms.Count == 0 && values.Count == 0) return;
            var label = string.Join(", ", terms);
            var value = string.Join(", ", values);
            var text = label.Length == 0 ? value : value.Length == 0 ? label : label.TrimEnd(':') + ": " + value;
            if (text.Length > 0) sink.Add(new ParagraphBlock(text));
            terms.Clear();
            values.Clear();
        }

        foreach (var entry in DefinitionEntries(list))
        {
            if (entry.Name == "dt")
            {
                if (values.Count > 0) Emit();
                // A label term left without a description before the next label ("Regrets" then "Chair" in a scribe tool's
                // header) is an empty field, not a second name for the next term's description.
                else if (terms.Count > 0 && IsLabelTerm(terms[^1])) terms.RemoveAt(terms.Count - 1);
                if (HtmlText.InlineText(entry) is { Length: > 0 } term) terms.Add(term);
            }
            else
            {
                var blocks = Walk(entry);
                // "Topics" over a numbered list of several entries: the list keeps its numbers, under its label.
                if (blocks.Count >= 2 && blocks.TrueForAll(b => b is ListItemBlock { Number: not null }))
                {
                    if (values.Count > 0) Emit();
                    else if (terms.Count > 0)
                    {
                        sink.Add(new ParagraphBlock(string.Join(", ", terms).TrimEnd(':') + ":"));
                        terms.Clear();
                    }
                    sink.AddRange(blocks);
                    continue;
                }
                var value = string.Join(", ", blocks.Select(b => BlockText.Of(b).Replace("\n", ", ")).Where(t => t.Length > 0));
                if (value.Length > 0) values.Add(value);
            }
        }
        Emit();
    }

    // A term that is an attendance or role label (present, regrets, chair, scribe …): one word or two, as those headers are written.
    private static bool IsLabelTerm(string term)
    {
        var label = term.TrimEnd(':');
        return label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2
            && (Parsing.Lexicon.AttendanceLabels.Match(label + ":") != null || Parsing.Attendance.HeaderRoleFields.Match(label + ": x") != null);
    }

    // HTML allows dt/dd pairs to be grouped in div elements.
    private static IEnumerable<HtmlNode> DefinitionEntries(HtmlNode list)
    {
        foreach (var child in HtmlText.ChildElements(list))
        {
            if (child.Name is "dt" or "dd") yield return child;
            else if (child.Name == "div")
                foreach (var inner in HtmlText.ChildElements(child).Where(e => e.Name is "dt" or "dd")) yield return inner;
        }
    }

    private void WalkTable(HtmlNode table, List<Block> sink)
    {
        var rows = HtmlTableLayout.Rows(table);
        foreach (var caption in HtmlText.ChildElements(table).Where(e => e.Name == "caption"))
            if (HtmlText.InlineText(caption) is { Length: > 0 } text) sink.Add(new ParagraphBlock(text));

        if (HtmlTableLayout.IsLayout(table, rows))
        {
            foreach (var cell in rows.SelectMany(HtmlTableLayout.Cells)) sink.AddRange(Walk(cell));
            return;
        }

        var tableRows = new List<TableRow>();
        foreach (var row in rows)
        {
            var cells = HtmlTableLayout.Cells(row)
                .Select(c => new TableCell(Walk(c), HtmlTableLayout.Span(c, "colspan", 1000), HtmlTableLayout.Span(c, "rowspan", 65534)))
                .ToList();
            if (cells.Count > 0) tableRows.Add(new TableRow(cells));
        }
        if (tableRows.Any(r => r.Cells.Any(c => c.Content.Count > 0))) sink.Add(new TableBlock(tableRows));
    }
}
