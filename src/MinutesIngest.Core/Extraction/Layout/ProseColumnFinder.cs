namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>
/// Finds runs of lines that form two columns of prose side by side, also when the two columns' baselines
/// do not line up (each line then holds text from one column only). The split is an x position that no
/// word of the run crosses, with several lines of running text on each side whose rows interleave.
/// </summary>
internal static class ProseColumnFinder
{
    private const int MinLinesPerSide = 3;

    /// <summary>Runs as [Start, End) line ranges with the x that separates the columns.</summary>
    public static List<(int Start, int End, double SplitX)> Find(IReadOnlyList<PdfTextLine> lines, double pageWidth)
    {
        var runs = new List<(int, int, double)>();
        if (lines.Count < 2 * MinLinesPerSide) return runs;
        // Most pages have one column: without several text pieces starting right of the middle band there is
        // nothing to look for, and the quadratic search below is skipped.
        var rightStarts = lines.Count(l => l.ContentSegments().Any(s => l.Words[s.First].Left > pageWidth * 0.3));
        if (rightStarts < MinLinesPerSide) return runs;

        // Candidate splits: just right of a line's end, in the middle part of the page.
        var candidates = lines
            .SelectMany(l => l.ContentSegments().Select(s => l.Words[s.End - 1].Right + 0.5 * l.FontSize))
            .Where(x => x > pageWidth * 0.25 && x < pageWidth * 0.75)
            .Select(x => Math.Round(x / 4) * 4)
            .Distinct()
            .ToList();

        var i = 0;
        while (i < lines.Count)
        {
            var best = (End: i, Split: 0.0);
            foreach (var x in candidates)
            {
                var end = RunEnd(lines, i, x);
                if (end > best.End && IsTwoProseColumns(lines, i, end, x)) best = (end, x);
            }
            if (best.End > i)
            {
                runs.Add((i, best.End, best.Split));
                i = best.End;
            }
            else i++;
        }
        return runs;
    }

    // The first line from start on that has a word across x (or a wide vertical gap before it).
    private static int RunEnd(IReadOnlyList<PdfTextLine> lines, int start, double x)
    {
        var j = start;
        for (; j < lines.Count; j++)
        {
            var line = lines[j];
            if (line.Words.Any(w => w.Left < x && w.Right > x)) break;
            // Text on both sides must be set apart by a gutter, not by an ordinary space that happens to line up.
            var leftEnd = double.MinValue;
            var rightStart = double.MaxValue;
            foreach (var w in line.Words)
            {
                if (w.Right <= x) leftEnd = Math.Max(leftEnd, w.Right);
                else rightStart = Math.Min(rightStart, w.Left);
            }
            if (leftEnd > double.MinValue && rightStart < double.MaxValue && rightStart - leftEnd < 1.2 * line.FontSize) break;
            if (j > start && lines[j - 1].Baseline - line.Baseline > 4 * line.FontSize) break;
        }
        return j;
    }

    private static bool IsTwoProseColumns(IReadOnlyList<PdfTextLine> lines, int start, int end, double x)
    {
        var left = new List<int>();
        var right = new List<int>();
        var switches = 0;
        var previousSide = 0;
        var splitSides = 0;
        for (var j = start; j < end; j++)
        {
            var line = lines[j];
            var words = line.Words;
            var l = words.Count(w => w.Right <= x);
            var r = words.Count - l;
            // A side that is itself cut by a wide gap is a row of table cells, not a line of a column.
            var segments = line.ContentSegments();
            var leftSegments = segments.Count(s => words[s.First].Right <= x);
            if (leftSegments > 1 || segments.Count - leftSegments > 1) splitSides++;
            if (line.HasBullet && l > 0) l--;
            if (l > 0) left.Add(l);
            if (r > 0) right.Add(r);
            var side = l > 0 && r > 0 ? 3 : l > 0 ? 1 : 2;
            if (side == 3 || (previousSide != 0 && side != previousSide)) switches++;
            previousSide = side;
        }
        return left.Count >= MinLinesPerSide && right.Count >= MinLinesPerSide && switches >= 2
               && splitSides * 5 <= end - start
               && Median(left) >= 4 && Median(right) >= 4;
    }

    private static int Median(List<int> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
