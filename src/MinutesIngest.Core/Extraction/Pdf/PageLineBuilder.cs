using UglyToad.PdfPig.Content;

namespace MinutesIngest.Core.Extraction.Pdf;

/// <summary>
/// Groups a page's letters into lines of words, top to bottom. Works on letters directly (sort by
/// baseline, sweep) so the cost stays O(n log n) per page, well below PdfPig's layout analysers.
/// </summary>
internal static class PageLineBuilder
{
    private readonly record struct Glyph(char[] Chars, double Left, double Right, double Bottom, double Top, double Baseline, double Size, bool Bold, bool Space);

    public static List<PdfTextLine> Build(IReadOnlyList<Letter> letters)
    {
        var glyphs = new List<Glyph>(letters.Count);
        foreach (var l in letters)
        {
            if (l.TextOrientation != TextOrientation.Horizontal || string.IsNullOrEmpty(l.Value)) continue;
            glyphs.Add(ToGlyph(l));
        }
        if (glyphs.Count == 0) return [];

        // Highest baseline first; a group holds letters whose baselines lie within a fraction of an em.
        glyphs.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));
        var groups = new List<List<Glyph>>();
        var current = new List<Glyph> { glyphs[0] };
        var groupBaseline = glyphs[0].Baseline;
        var groupSize = glyphs[0].Size;
        for (var i = 1; i < glyphs.Count; i++)
        {
            var g = glyphs[i];
            if (groupBaseline - g.Baseline > 0.2 * Math.Max(groupSize, g.Size))
            {
                groups.Add(current);
                current = [];
                groupBaseline = g.Baseline;
                groupSize = g.Size;
            }
            current.Add(g);
            groupSize = Math.Max(groupSize, g.Size);
        }
        groups.Add(current);

        MergeRaisedAndLowered(groups);

        var lines = new List<PdfTextLine>(groups.Count);
        foreach (var group in groups)
        {
            if (group.Count == 0) continue;
            var words = BuildWords(group);
            if (words.Count > 0) lines.Add(new PdfTextLine(words));
        }
        lines.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));
        return lines;
    }

    private static Glyph ToGlyph(Letter l)
    {
        var size = l.PointSize > 0.5 ? l.PointSize : Math.Max(l.BoundingBox.Height, 1);
        var left = l.StartBaseLine.X;
        var right = Math.Max(l.EndBaseLine.X, left + Math.Max(l.BoundingBox.Width, 0.1));
        var rect = l.BoundingBox;
        var bottom = rect.Height > 0.01 ? Math.Min(rect.Bottom, l.StartBaseLine.Y) : l.StartBaseLine.Y - 0.2 * size;
        var top = rect.Height > 0.01 ? Math.Max(rect.Top, l.StartBaseLine.Y + 0.5 * size) : l.StartBaseLine.Y + 0.7 * size;
        var fontName = l.FontName ?? "";
        var bold = (l.FontDetails?.IsBold ?? false) || (l.FontDetails?.Weight ?? 0) >= 600
                   || fontName.Contains("Bold", StringComparison.OrdinalIgnoreCase)
                   || fontName.Contains("Black", StringComparison.OrdinalIgnoreCase)
                   || fontName.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
                   || fontName.Contains("Semibold", StringComparison.OrdinalIgnoreCase)
                   || l.RenderingMode == UglyToad.PdfPig.Core.TextRenderingMode.FillThenStroke;
        var space = string.IsNullOrWhiteSpace(l.Value);
        return new Glyph(l.Value.ToCharArray(), left, right, bottom, top, l.StartBaseLine.Y, size, bold, space);
    }

    // Superscripts ("26th") and subscripts sit a little off the baseline in a smaller font: fold them into
    // the line they belong to when they fall inside its horizontal extent.
    private static void MergeRaisedAndLowered(List<List<Glyph>> groups)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            if (g.Count == 0) continue;
            var size = g.Max(x => x.Size);
            var baseline = g[0].Baseline;
            var left = g.Min(x => x.Left);
            var right = g.Max(x => x.Right);
            foreach (var j in new[] { i + 1, i - 1 })
            {
                if (j < 0 || j >= groups.Count || groups[j].Count == 0) continue;
                var host = groups[j];
                var hostSize = host.Max(x => x.Size);
                if (size > 0.82 * hostSize) continue;
                var delta = Math.Abs(baseline - host[0].Baseline);
                if (delta > 0.45 * hostSize) continue;
                var hostLeft = host.Min(x => x.Left);
                var hostRight = host.Max(x => x.Right);
                if (right < hostLeft - hostSize || left > hostRight + hostSize) continue;
                host.AddRange(g);
                g.Clear();
                break;
            }
        }
    }

    private static List<PdfWord> BuildWords(List<Glyph> group)
    {
        group.Sort((a, b) => a.Left.CompareTo(b.Left));
        var words = new List<PdfWord>();
        var text = new System.Text.StringBuilder();
        Glyph? first = null;
        Glyph prev = default;
        double right = 0, bottom = 0, top = 0, baseline = 0, sizeSum = 0;
        int count = 0, boldCount = 0;

        void Flush()
        {
            if (first is { } f && text.Length > 0)
            {
                var t = text.ToString();
                if (!string.IsNullOrWhiteSpace(t))
                    words.Add(new PdfWord(t, f.Left, right, bottom, top, baseline, sizeSum / count, boldCount * 2 > count));
            }
            text.Clear();
            first = null;
            sizeSum = 0; count = 0; boldCount = 0;
        }

        foreach (var g in group)
        {
            if (g.Space) { Flush(); prev = g; continue; }
            if (first is not null)
            {
                // Fake bold and shadows print the same glyph twice at (almost) the same place.
                if (prev.Chars.AsSpan().SequenceEqual(g.Chars) && Math.Abs(g.Left - prev.Left) < 0.15 * g.Size) continue;
                var gap = g.Left - right;
                if (gap > 0.2 * Math.Max(g.Size, prev.Size) || gap < -0.5 * g.Size) Flush();
            }
            if (first is null)
            {
                first = g;
                right = g.Right; bottom = g.Bottom; top = g.Top; baseline = g.Baseline;
            }
            text.Append(g.Chars);
            right = Math.Max(right, g.Right);
            bottom = Math.Min(bottom, g.Bottom);
            top = Math.Max(top, g.Top);
            baseline = Math.Min(baseline, g.Baseline);
            sizeSum += g.Size; count++;
            if (g.Bold) boldCount++;
            prev = g;
        }
        Flush();
        return words;
    }
}
