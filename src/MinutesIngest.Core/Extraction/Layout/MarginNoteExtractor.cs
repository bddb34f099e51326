namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>
/// Finds short notes printed in a right-hand margin column beside the body text (owner initials "NS", "AW/NS", or a few
/// words such as "Clerk" or "Cllr A Grey") and takes them out of the body lines so they can be attached to the
/// paragraph they sit beside. What a note means is left to the parser.
/// </summary>
internal static class MarginNoteExtractor
{
    public static List<List<MarginNote>> Extract(IReadOnlyList<List<PdfTextLine>> pages, IReadOnlyList<double> pageWidths)
    {
        var result = pages.Select(_ => new List<MarginNote>()).ToList();
        var bodyRight = BodyRightEdge(pages);
        if (bodyRight is null) return result;

        for (var p = 0; p < pages.Count; p++)
        {
            var lines = pages[p];
            var candidates = new bool[lines.Count];
            for (var i = 0; i < lines.Count; i++) candidates[i] = IsFarRight(lines[i], bodyRight.Value, pageWidths[p]) && !InTable(lines, i);
            var taken = new List<(int Line, int Start)>();
            for (var i = 0; i < lines.Count; i++)
            {
                if (!candidates[i]) continue;
                var line = lines[i];
                var start = line.SegmentStarts[^1];
                var text = string.Join(" ", line.Words.Skip(start).Select(w => w.Text));
                if (IsOwnerInitials(text) || (MarginNoteText.IsWordNote(text) && BesideProse(lines, candidates, i, bodyRight.Value))) taken.Add((i, start));
            }
            for (var k = taken.Count - 1; k >= 0; k--)
            {
                var (i, start) = taken[k];
                var line = lines[i];
                var noteWords = line.Words.Skip(start).ToList();
                result[p].Insert(0, new MarginNote(string.Join(" ", noteWords.Select(w => w.Text)), noteWords[0].Left, noteWords.Max(w => w.Right),
                    noteWords.Min(w => w.Bottom), noteWords.Max(w => w.Top)));
                if (start == 0) lines.RemoveAt(i);
                else lines[i] = line.With(line.Words.Take(start));
            }
        }
        return result;
    }

    /// <summary>Initials, possibly several joined by '/', '&amp;' or ',' ("NS", "AW/NS", "AHop").</summary>
    public static bool IsOwnerInitials(string text)
    {
        var parts = text.Split(['/', '&', ',', '+'], StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || text.Length > 24) return false;
        foreach (var part in parts)
        {
            if (part.Length is 0 or > 5 || !char.IsUpper(part[0]) || !part.All(char.IsLetter)) return false;
            if (part.Length > 2 && part.Count(char.IsUpper) < 2) return false;
        }
        return true;
    }

    // The line's last segment sits in the right part of the page and either starts right of where prose lines end (a
    // margin column) or is set flush right against the prose's right edge after a gap (notes right-aligned to the text
    // block, as word processors' right tab stops place them).
    private static bool IsFarRight(PdfTextLine line, double bodyRight, double pageWidth)
    {
        var left = line.Words[line.SegmentStarts[^1]].Left;
        if (left < pageWidth * 0.55) return false;
        if (left >= bodyRight - 0.5 * line.FontSize) return true;
        var flushRight = Math.Abs(line.Words[^1].Right - bodyRight) <= 1.5 * line.FontSize;
        return flushRight && (line.SegmentStarts.Count > 1 || line.Words.Count <= 6);
    }

    // A note of words is taken only beside prose: it ends a long line of text standing alone, or follows a full-width
    // line of the same paragraph. Rows of short cells with a far-right column, one under another, are a table.
    private static bool BesideProse(List<PdfTextLine> lines, bool[] candidates, int i, double bodyRight)
    {
        var line = lines[i];
        var start = line.SegmentStarts[^1];
        if (start > 0 && line.SegmentStarts.Count != 2) return false;
        var above = i > 0 && Near(lines[i - 1], line) ? i - 1 : -1;
        var below = i + 1 < lines.Count && Near(line, lines[i + 1]) ? i + 1 : -1;
        if (above >= 0 && lines[above].SegmentStarts.Count == 1 && lines[above].Right >= bodyRight - 3 * line.FontSize) return true;
        var besideText = start >= MarginNoteText.ProseWords;
        return besideText && (above < 0 || !candidates[above]) && (below < 0 || !candidates[below]);
    }

    // A line next to a row of three or more cells belongs to a table whose last column may wrap a word to the right.
    private static bool InTable(List<PdfTextLine> lines, int i) =>
        (i > 0 && Near(lines[i - 1], lines[i]) && lines[i - 1].SegmentStarts.Count > 2)
        || (i + 1 < lines.Count && Near(lines[i], lines[i + 1]) && lines[i + 1].SegmentStarts.Count > 2);

    private static bool Near(PdfTextLine upper, PdfTextLine lower) => upper.Baseline - lower.Baseline <= 2.2 * upper.FontSize;

    // Where prose lines end: margin notes sit to the right of it. Null when there is too little prose to tell.
    private static double? BodyRightEdge(IReadOnlyList<List<PdfTextLine>> pages)
    {
        var rights = new List<double>();
        foreach (var lines in pages)
            foreach (var line in lines)
            {
                var firstSegmentEnd = line.SegmentStarts.Count > 1 ? line.SegmentStarts[1] : line.Words.Count;
                if (firstSegmentEnd < 6) continue;
                rights.Add(line.Words[firstSegmentEnd - 1].Right);
            }
        if (rights.Count < 3) return null;
        rights.Sort();
        return rights[(int)(rights.Count * 0.9)];
    }
}
