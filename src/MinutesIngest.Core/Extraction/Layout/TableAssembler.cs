namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>
/// Turns a table region into rows and cells. Rows are cut at drawn horizontal rules when the table has
/// them; otherwise a line with text in the first column starts a row and lines without continue the
/// cells above (wrapped cell text).
/// </summary>
internal static class TableAssembler
{
    public static TableDraft Build(LayoutRegion region, int page, IReadOnlyList<HorizontalRule> rules)
    {
        var columns = region.Gutters.Count + 1;
        var lefts = Enumerable.Repeat(double.NaN, columns).ToArray();
        foreach (var line in region.Lines)
            foreach (var w in line.Words)
            {
                var c = region.ColumnOf(w);
                if (double.IsNaN(lefts[c]) || w.Left < lefts[c]) lefts[c] = w.Left;
            }

        var draft = new TableDraft(page, region.Gutters, lefts) { ContinuesPreviousPage = region.ContinuesPreviousPage };
        var rowKeys = RowKeys(region, rules);
        var cells = new List<List<List<List<PdfWord>>>>();
        var previousKey = int.MinValue;
        var columnRight = Enumerable.Repeat(double.MinValue, columns).ToArray();
        foreach (var (line, key) in region.Lines.Zip(rowKeys))
        {
            if (key != previousKey || cells.Count == 0)
            {
                cells.Add(Enumerable.Range(0, columns).Select(_ => new List<List<PdfWord>>()).ToList());
                previousKey = key;
            }
            var row = cells[^1];
            var fragments = new List<PdfWord>[columns];
            foreach (var w in line.Words) (fragments[region.ColumnOf(w)] ??= []).Add(w);
            // A bullet opening a cell's text is list decoration; a mark standing alone in its cell ("✓" under "Present")
            // is the cell's value.
            foreach (var words in fragments)
                if (words is { Count: > 1 } && ItemLabel.IsStrongBullet(words[0].Text)) words.RemoveAt(0);
            for (var c = 0; c < columns; c++)
                if (fragments[c] is { } words)
                {
                    row[c].Add(words);
                    columnRight[c] = Math.Max(columnRight[c], words[^1].Right);
                }
            draft.Left = Math.Min(draft.Left, line.Left);
            draft.Right = Math.Max(draft.Right, line.Right);
            draft.Bottom = Math.Min(draft.Bottom, line.Bottom);
            draft.Top = Math.Max(draft.Top, line.Top);
        }
        foreach (var row in cells) draft.Rows.Add(row.Select((lines, c) => CellText(lines, columnRight[c])).ToList());
        return draft;
    }

    /// <summary>
    /// Joins a cell's lines, keeping a line break where the author made one: a line that stops although the next line's
    /// first word would have fitted within the column's widest line was ended on purpose. Wrapped text never meets that
    /// test, because a wrapped word did not fit within the column. A stack of three or more short lines that each open
    /// with a capital ("Ann Lee" / "Bob Cole (Chair)" / "Cara Dunn") is a list, one entry per line, whatever their widths.
    /// </summary>
    internal static string CellText(List<List<PdfWord>> lines, double widest)
    {
        var stacked = lines.Count >= 3 && lines.TrueForAll(l => l.Count <= 4 && !char.IsLower(l[0].Text[0]));
        var segments = new List<List<string>> { new() };
        for (var k = 0; k < lines.Count; k++)
        {
            if (k > 0 && BrokenWord(lines[k - 1], lines[k], widest))
            {
                segments[^1][^1] += string.Join(" ", lines[k].Select(w => w.Text));
                continue;
            }
            if (k > 0 && (stacked || EndsOnPurpose(lines[k - 1], lines[k], widest))) segments.Add([]);
            segments[^1].Add(string.Join(" ", lines[k].Select(w => w.Text)));
        }
        return string.Join("\n", segments.Select(LineJoiner.Join));
    }

    // A word wider than its narrow column is broken between letters, without a hyphen ("Prese" over "nt", an e-mail address
    // over its last letters): the line holds that one word, reaching the column's edge, and the next line opens with the last
    // letter or two, in lower case. A short word of its own ("of", "to") or a whole word ("safeguarding" over "lead") wrapped.
    private static bool BrokenWord(List<PdfWord> line, List<PdfWord> next, double widest)
    {
        if (line.Count != 1 || line[0].Text.Length < 3 || !char.IsLetterOrDigit(line[0].Text[^1]) || line[0].Right < widest - 1) return false;
        var tail = next[0].Text;
        if (!char.IsLower(tail[0])) return false;
        // The end of an address goes on after its dot ("…@example.or" over "g", "…@UGe" over "nt.be").
        var address = line[0].Text.Contains('@') && tail.All(c => char.IsLetterOrDigit(c) || c is '.' or '-');
        return address || (tail.Length <= 2 && tail.All(char.IsLetter) && !FunctionWords.Contains(tail));
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "i", "of", "to", "in", "on", "at", "by", "an", "or", "is", "it", "as", "be", "we", "no", "so", "up", "do", "if", "my", "me", "he", "us",
    };

    private static bool EndsOnPurpose(List<PdfWord> line, List<PdfWord> next, double limit)
    {
        var first = next[0];
        var space = 0.25 * first.FontSize;
        return !char.IsLower(first.Text[0]) && line[^1].Right + space + (first.Right - first.Left) < limit - 1
            && !line[^1].Text.EndsWith('-');
    }

    // One key per line; lines with the same key share a row.
    private static List<int> RowKeys(LayoutRegion region, IReadOnlyList<HorizontalRule> rules)
    {
        var lines = region.Lines;
        var left = lines.Min(l => l.Left);
        var right = lines.Max(l => l.Right);
        var ruleYs = rules
            .Where(r => r.Right > left && r.Left < right && r.Y < lines[0].Top + 2 && r.Y > lines[^1].Bottom - 2)
            .Select(r => r.Y).Order().ToList();
        var keys = new List<int>(lines.Count);
        if (HasRuleBetweenLines(lines, ruleYs))
        {
            foreach (var line in lines)
            {
                var mid = line.Baseline + 0.3 * line.FontSize;
                keys.Add(ruleYs.Count(y => y > mid));
            }
            return SplitListedRows(region, keys);
        }

        var typicalGap = double.MaxValue;
        for (var i = 1; i < lines.Count; i++)
        {
            var gap = lines[i - 1].Baseline - lines[i].Baseline;
            if (gap > 0.5 * lines[i].FontSize) typicalGap = Math.Min(typicalGap, gap);
        }
        var key = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                var startsFirstColumn = lines[i].Words.Any(w => region.ColumnOf(w) == 0);
                var gap = lines[i - 1].Baseline - lines[i].Baseline;
                if (startsFirstColumn || gap > 1.35 * typicalGap) key++;
            }
            keys.Add(key);
        }
        return keys;
    }

    /// <summary>Lines between two rules that each list one entry this many times or more are rows of their own.</summary>
    private const int ListedRowLines = 3;

    // A table ruled only under its header and above its total ("Name | Present | Absent", one name a line with a tick in
    // its column) lists one entry a line: when every line of a ruled row has a short capitalised entry in the first column
    // and a value in another column, each line is a row. Wrapped cell text never has a value beside every line.
    private static List<int> SplitListedRows(LayoutRegion region, List<int> keys)
    {
        var result = new List<int>(keys.Count);
        var next = 0;
        for (var i = 0; i < keys.Count;)
        {
            var end = i;
            while (end < keys.Count && keys[end] == keys[i]) end++;
            var listed = end - i >= ListedRowLines && Enumerable.Range(i, end - i).All(k => IsListedEntry(region, region.Lines[k]));
            for (var k = i; k < end; k++) result.Add(listed ? next++ : next);
            if (!listed) next++;
            i = end;
        }
        return result;
    }

    private static bool IsListedEntry(LayoutRegion region, PdfTextLine line)
    {
        var first = line.Words.Where(w => region.ColumnOf(w) == 0).ToList();
        return first.Count is > 0 and <= 4 && !char.IsLower(first[0].Text[0]) && line.Words.Any(w => region.ColumnOf(w) > 0);
    }

    private static bool HasRuleBetweenLines(List<PdfTextLine> lines, List<double> ruleYs)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            var upper = lines[i - 1].Baseline;
            var lower = lines[i].Baseline + 0.6 * lines[i].FontSize;
            if (ruleYs.Any(y => y < upper && y > lower)) return true;
        }
        return false;
    }
}
