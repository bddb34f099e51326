namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>
/// Splits a page's lines (top to bottom) into regions of running text, tables and multi-column prose.
/// A region grows from a line with several segments while the following lines keep out of its gutters;
/// it is linear in the number of words on the page.
/// </summary>
internal static class PageRegionSegmenter
{
    // Tolerance for "starts at the same x" (cell text continuing on the next line).
    private const double AlignTolerance = 4;

    public static List<LayoutRegion> Segment(List<PdfTextLine> lines, TableContext? carried, double pageWidth)
    {
        var regions = new List<LayoutRegion>();
        var flow = new List<PdfTextLine>();
        var i = 0;

        if (carried is not null && lines.Count > 0)
        {
            var end = GrowContinuation(lines, carried);
            if (end > 0)
            {
                regions.Add(new LayoutRegion(RegionKind.Table, lines.GetRange(0, end), carried.Gutters) { ContinuesPreviousPage = true });
                i = end;
            }
        }

        var columnRuns = ProseColumnFinder.Find(lines, pageWidth);
        var nextRun = 0;
        while (i < lines.Count)
        {
            while (nextRun < columnRuns.Count && columnRuns[nextRun].Start < i) nextRun++;
            if (nextRun < columnRuns.Count && columnRuns[nextRun].Start == i)
            {
                var (_, runEnd, split) = columnRuns[nextRun];
                FlushFlow(regions, flow);
                regions.Add(new LayoutRegion(RegionKind.Columns, lines.GetRange(i, runEnd - i), [new Gutter(split, split)]));
                i = runEnd;
                continue;
            }
            if (lines[i].ContentSegments().Count >= 2)
            {
                var (end, gutters, multiLines) = Grow(lines, i);
                if (multiLines >= 2)
                {
                    FlushFlow(regions, flow);
                    var regionLines = lines.GetRange(i, end - i);
                    var region = new LayoutRegion(RegionKind.Table, regionLines, gutters);
                    if (IsProseColumns(region)) region.Kind = RegionKind.Columns;
                    regions.Add(region);
                    i = end;
                    continue;
                }
            }
            flow.Add(lines[i]);
            i++;
        }
        FlushFlow(regions, flow);
        return regions;
    }

    private static void FlushFlow(List<LayoutRegion> regions, List<PdfTextLine> flow)
    {
        if (flow.Count == 0) return;
        regions.Add(new LayoutRegion(RegionKind.Flow, [.. flow], []));
        flow.Clear();
    }

    private static (int End, List<Gutter> Gutters, int MultiLines) Grow(List<PdfTextLine> lines, int start)
    {
        var first = lines[start];
        var segments = first.ContentSegments();
        var gutters = new List<Gutter>();
        for (var s = 1; s < segments.Count; s++)
            gutters.Add(new Gutter(first.Words[segments[s - 1].End - 1].Right, first.Words[segments[s].First].Left));
        var lefts = segments.Select(s => first.Words[s.First].Left).ToList();

        var multi = 1;
        var end = start + 1;
        for (var j = start + 1; j < lines.Count; j++)
        {
            var line = lines[j];
            var prev = lines[j - 1];
            if (prev.Baseline - line.Baseline > 3.2 * Math.Max(prev.FontSize, line.FontSize)) break;
            var lineSegments = line.ContentSegments();
            if (!TryNarrow(gutters, line, out var narrowed)) break;
            if (lineSegments.Count == 1 && !lefts.Any(l => Math.Abs(l - line.Left) <= AlignTolerance)) break;
            // A numbered heading under the table ("Item 1   Call to Order") is new content, though it starts in the first column.
            if (lineSegments.Count == 1 && line.LabelWords > 0 && !line.HasBullet && line.Words.Count > line.LabelWords) break;
            gutters = narrowed;
            foreach (var s in lineSegments) lefts.Add(line.Words[s.First].Left);
            if (lineSegments.Count >= 2) multi++;
            end = j + 1;
        }
        if (BlankHeaderGutter(lines, start, end) is { } blank) gutters.Insert(0, blank);
        return (end, gutters, multi);
    }

    // A header row whose first cell is blank ("      Owner   Due" over "Book the hall   Ann   1 May", the task column left
    // unheaded under an "Actions" title): the rows start left of the header, and the gap before the words under the header's
    // first cell runs down every row that fills the blank column. Null when a row crosses that gap or fewer than two rows fill it.
    private static Gutter? BlankHeaderGutter(List<PdfTextLine> lines, int start, int end)
    {
        var header = lines[start];
        var minWidth = Math.Max(3, 0.4 * header.FontSize);
        double lo = double.MinValue, hi = double.MaxValue;
        var rows = 0;
        for (var j = start + 1; j < end; j++)
        {
            var words = lines[j].Words;
            if (words[0].Left >= header.Left - AlignTolerance) continue;
            var under = 0;
            while (under < words.Count && words[under].Right <= header.Left) under++;
            if (under == 0 || under == words.Count) continue;
            lo = Math.Max(lo, words[under - 1].Right);
            hi = Math.Min(hi, words[under].Left);
            if (hi - lo < minWidth) return null;
            rows++;
        }
        if (rows < 2) return null;
        // A row wrapped inside the blank column ("Django etc)") must keep out of the gap too.
        for (var j = start + 1; j < end; j++)
            if (lines[j].Words.Any(w => w.Right > lo && w.Left < hi)) return null;
        return new Gutter(lo, hi);
    }

    // Lines at the top of a page that continue the previous page's table: they keep out of its gutters and
    // start where its cells start. A line with text only in the first column is taken as new content, unless it
    // goes on in lower case: the rest of a first-column cell cut by the page end ("… handcuffing of" / "children").
    private static int GrowContinuation(List<PdfTextLine> lines, TableContext carried)
    {
        var gutters = carried.Gutters.ToList();
        var end = 0;
        for (var j = 0; j < lines.Count; j++)
        {
            var line = lines[j];
            if (j > 0 && lines[j - 1].Baseline - line.Baseline > 3.2 * Math.Max(lines[j - 1].FontSize, line.FontSize)) break;
            if (!TryNarrow(gutters, line, out var narrowed)) break;
            var segments = line.ContentSegments();
            if (segments.Count == 1)
            {
                var column = 0;
                while (column < gutters.Count && line.Left > gutters[column].Mid) column++;
                var cellRest = column == 0 && char.IsLower(line.Words[0].Text[0]);
                if ((column == 0 && !cellRest) || !carried.ColumnLefts.Any(l => Math.Abs(l - line.Left) <= AlignTolerance)) break;
            }
            gutters = narrowed;
            end = j + 1;
        }
        return end;
    }

    // Shrinks each gutter by the words of the line that reach into it; fails when one closes.
    private static bool TryNarrow(List<Gutter> gutters, PdfTextLine line, out List<Gutter> narrowed)
    {
        narrowed = new List<Gutter>(gutters);
        // Wider than an inter-word space, so a prose line cannot slip a gutter through between two words.
        var minWidth = Math.Max(3, 0.4 * line.FontSize);
        for (var g = 0; g < narrowed.Count; g++)
        {
            var (lo, hi) = (narrowed[g].Lo, narrowed[g].Hi);
            foreach (var w in line.Words)
            {
                if (w.Right <= lo || w.Left >= hi) continue;
                if (w.CenterX < (lo + hi) / 2) lo = Math.Max(lo, w.Right);
                else hi = Math.Min(hi, w.Left);
            }
            if (hi - lo < minWidth) return false;
            narrowed[g] = new Gutter(lo, hi);
        }
        return true;
    }

    // Columns of running text rather than a table: every column holds several lines of several words.
    private static bool IsProseColumns(LayoutRegion region)
    {
        var columns = region.Gutters.Count + 1;
        for (var c = 0; c < columns; c++)
        {
            var counts = new List<int>();
            foreach (var line in region.Lines)
            {
                var n = line.Words.Count(w => region.ColumnOf(w) == c);
                if (n > 0) counts.Add(n);
            }
            if (counts.Count < 3) return false;
            counts.Sort();
            if (counts[counts.Count / 2] < 4) return false;
        }
        return true;
    }
}
