using MinutesIngest.Core.Documents;

namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>
/// Groups lines of running text into paragraphs, headings and list items. A paragraph ends at a wider
/// vertical gap, a change of font, a short line, an indent, or a line that starts with a bullet or number.
/// </summary>
internal static partial class FlowBlockBuilder
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Z][A-Za-z]+(?: [a-z]+)?:\s+\S")]
    private static partial System.Text.RegularExpressions.Regex FieldLabel();

    public static List<Block> Build(IReadOnlyList<PdfTextLine> lines, int page, DocumentStyle style, double? rightEdge)
    {
        var blocks = new List<Block>();
        if (lines.Count == 0) return blocks;
        var right = rightEdge ?? FullLineRight(lines);
        var spacing = TypicalSpacing(lines);

        var current = new List<PdfTextLine> { lines[0] };
        for (var i = 1; i < lines.Count; i++)
        {
            if (StartsNewParagraph(current, lines[i], spacing, right))
            {
                blocks.Add(ToBlock(current, page, style, right));
                current = [];
            }
            current.Add(lines[i]);
        }
        blocks.Add(ToBlock(current, page, style, right));
        return blocks;
    }

    private static bool StartsNewParagraph(List<PdfTextLine> paragraph, PdfTextLine line, double spacing, double right)
    {
        var prev = paragraph[^1];
        var delta = prev.Baseline - line.Baseline;
        if (delta <= 0 || delta > 1.4 * spacing) return true;
        if (line.LabelWords > 0 || ItemLabel.StartsNumbered(line.Text)) return true;
        // "Apologies: …", "In attendance: …" opening a line starts a field of its own, wherever the line above ended.
        if (FieldLabel().IsMatch(line.Text)) return true;
        // The line above stopped early although the next word would have fitted: the writer broke it.
        var nextWord = line.Words[0];
        var hyphenated = prev.Words[^1].Text is { Length: >= 2 } last && last[^1] == '-' && char.IsLetter(last[^2]);
        var stoppedEarly = !hyphenated && prev.Right + 0.4 * prev.FontSize + (nextWord.Right - nextWord.Left) < right - 0.5 * prev.FontSize;
        if (Math.Abs(prev.FontSize - line.FontSize) > 0.6) return true;
        // Bold words wrapped from a body line ("… it was agreed to propose a" / "change for 2022. Action: Ann") go on with
        // it: the line above ran to the margin without closing its sentence, or ended on a label waiting for its value.
        if (prev.Bold != line.Bold && !(line.Bold && !prev.Bold && WrapsInto(prev, stoppedEarly))) return true;
        if (stoppedEarly) return true;

        // Continuation lines start under the text of the line above (after its number or bullet),
        // or at the margin below an indented first line.
        var first = paragraph[0];
        var aligned = Math.Abs(line.Left - prev.TextLeft) <= 4 || Math.Abs(line.Left - prev.Left) <= 4
                      || Math.Abs(line.Left - first.TextLeft) <= 4
                      || (paragraph.Count == 1 && line.Left < prev.Left)
                      || (first.LabelWords > 0 && line.Left >= first.Left - 4 && line.Left <= first.TextLeft + 4);
        return !aligned;
    }

    private static bool WrapsInto(PdfTextLine prev, bool stoppedEarly)
    {
        var end = prev.Text.TrimEnd();
        return end.EndsWith(':') || (!stoppedEarly && end.Length > 0 && !".!?;".Contains(end[^1]));
    }

    // Where full lines of body text end. Headings in a larger font and stray short lines out in the
    // margin must not move that edge, or every body line would look like it stopped early.
    private static double FullLineRight(IReadOnlyList<PdfTextLine> lines)
    {
        var bodySize = lines.GroupBy(l => Math.Round(l.FontSize)).MaxBy(g => g.Sum(l => l.Words.Count))!.Key;
        var rights = lines.Where(l => Math.Abs(Math.Round(l.FontSize) - bodySize) < 0.5 && l.Words.Count >= 4).Select(l => l.Right).Order().ToList();
        if (rights.Count == 0) rights = lines.Select(l => l.Right).Order().ToList();
        return rights[(int)(rights.Count * 0.9)];
    }

    private static double TypicalSpacing(IReadOnlyList<PdfTextLine> lines)
    {
        var deltas = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var d = lines[i - 1].Baseline - lines[i].Baseline;
            var size = Math.Max(lines[i].FontSize, lines[i - 1].FontSize);
            if (d > 0.8 * size && d < 2 * size) deltas.Add(d);
        }
        if (deltas.Count == 0) return 1.2 * lines.Max(l => l.FontSize);
        deltas.Sort();
        return deltas[deltas.Count / 2];
    }

    private static Block ToBlock(List<PdfTextLine> lines, int page, DocumentStyle style, double right)
    {
        var bounds = new BlockBounds(lines.Min(l => l.Left), lines.Min(l => l.Bottom), lines.Max(l => l.Right), lines.Max(l => l.Top));
        var first = lines[0];
        if (first.HasBullet)
        {
            var text = LineJoiner.Join(lines.Select((l, i) => i == 0 ? l.TextAfterBullet : l.Text));
            return new ListItemBlock(style.BulletLevel(first.Left), null, text) { Page = page, Bounds = bounds };
        }
        var joined = LineJoiner.Join(lines.Select(l => l.Text));
        // A word out in the right margin (an "Action" column header) is not a heading of the body.
        var level = first.Left >= right ? 0 : HeadingLevel(lines, joined, style);
        return level > 0
            ? new HeadingBlock(level, joined) { Page = page, Bounds = bounds }
            : new ParagraphBlock(joined) { Page = page, Bounds = bounds };
    }

    // Short text set larger or bolder than the body; 0 when the lines are not a heading.
    private static int HeadingLevel(List<PdfTextLine> lines, string text, DocumentStyle style)
    {
        if (lines.Count > 2 || text.Length > 150 || !text.Any(char.IsLetter)) return 0;
        if (text.Split(' ').Length > 18) return 0;
        var size = lines.Average(l => l.FontSize);
        var body = style.BodyFontSize;
        var bold = lines.All(l => l.Bold) && !style.BodyIsBold;
        if (size >= body * 1.3) return 1;
        if (size >= body + 1) return 2;
        if (bold && size >= body - 0.6 && !text.EndsWith('.')) return 3;
        return 0;
    }
}
