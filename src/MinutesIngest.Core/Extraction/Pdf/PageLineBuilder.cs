using System.Runtime.CompilerServices;
using UglyToad.PdfPig.Content;
using MinutesIngest.Core.Extraction.Layout;

namespace MinutesIngest.Core.Extraction.Pdf;

/// <summary>
/// Groups a page's letters into lines of words, top to bottom. Works on letters directly (sort by
/// baseline, sweep) so the cost stays O(n log n) per page, well below PdfPig's layout analysers.
/// </summary>
internal static class PageLineBuilder
{
    private readonly record struct Glyph(string Chars, double Left, double Right, double Bottom, double Top, double Baseline, double Size, bool Bold, bool Space);

    // Hot loops over every letter: optimise at first call instead of waiting for tiered JIT.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<PdfTextLine> Build(IReadOnlyList<Letter> letters)
    {
        var glyphs = new List<Glyph>(letters.Count);
        var boldFonts = new BoldFontCache();
        foreach (var l in letters)
        {
            if (l.TextOrientation != TextOrientation.Horizontal || string.IsNullOrEmpty(l.Value)) continue;
            glyphs.Add(ToGlyph(l, boldFonts));
        }
        if (glyphs.Count == 0) return [];

        // Highest baseline first; a group holds letters whose baselines lie within a fraction of an em.
        // Indices are sorted rather than the glyph structs themselves, which are large.
        var all = new int[glyphs.Count];
        for (var i = 0; i < all.Length; i++) all[i] = i;
        var groups = new List<LineGroup>();
        LineGroup? current = null;
        foreach (var index in SortedIndices(glyphs, all, byBaseline: true))
        {
            var g = glyphs[index];
            // The smaller size sets the tolerance: a large heading must not swallow small text a few points off its baseline.
            if (current is null || current.Baseline - g.Baseline > 0.2 * Math.Min(current.MaxSize, g.Size))
            {
                current = new LineGroup(g.Baseline);
                groups.Add(current);
            }
            current.Add(index, g);
        }

        // Stray spaces on their own baseline would stand between a superscript and its line.
        groups.RemoveAll(g => g.OnlySpaces);
        MergeRaisedAndLowered(groups);

        var lines = new List<PdfTextLine>(groups.Count);
        foreach (var group in groups)
        {
            if (group.Indices.Count == 0) continue;
            var words = BuildWords(glyphs, group.Indices);
            if (words.Count > 0) lines.Add(new PdfTextLine(words));
        }
        lines.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));
        return lines;
    }

    /// <summary>Glyph indices of one baseline with running extents, so merging needs no second pass.</summary>
    private sealed class LineGroup(double baseline)
    {
        public double Baseline { get; } = baseline;
        public List<int> Indices { get; } = [];
        public double MaxSize { get; private set; }
        public double Left { get; private set; } = double.MaxValue;
        public double Right { get; private set; } = double.MinValue;
        public bool OnlySpaces { get; private set; } = true;

        public void Add(int index, in Glyph g)
        {
            Indices.Add(index);
            MaxSize = Math.Max(MaxSize, g.Size);
            Left = Math.Min(Left, g.Left);
            Right = Math.Max(Right, g.Right);
            OnlySpaces &= g.Space;
        }

        public void Absorb(LineGroup other)
        {
            Indices.AddRange(other.Indices);
            Left = Math.Min(Left, other.Left);
            Right = Math.Max(Right, other.Right);
            other.Indices.Clear();
        }
    }

    private static int[] SortedIndices(List<Glyph> glyphs, IReadOnlyList<int> indices, bool byBaseline)
    {
        var items = new int[indices.Count];
        var keys = new double[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = indices[i];
            var g = glyphs[items[i]];
            keys[i] = byBaseline ? -g.Baseline : g.Left;
        }
        Array.Sort(keys, items);
        return items;
    }

    private static Glyph ToGlyph(Letter l, BoldFontCache boldFonts)
    {
        var size = l.PointSize > 0.5 ? l.PointSize : Math.Max(l.BoundingBox.Height, 1);
        var start = l.StartBaseLine;
        var rect = l.BoundingBox;
        var left = start.X;
        var advance = l.EndBaseLine.X - left;
        // Without glyph outlines (a font not embedded) every letter gets the font's whole box, often two or three
        // em wide: trusting it would make each letter overlap the next few and stand as a word of its own.
        var width = advance > 0.05 * size && rect.Width > advance + 0.5 * size ? advance : rect.Width;
        var right = Math.Max(l.EndBaseLine.X, left + Math.Max(width, 0.1));
        var bottom = rect.Height > 0.01 ? Math.Min(rect.Bottom, start.Y) : start.Y - 0.2 * size;
        var top = rect.Height > 0.01 ? Math.Max(rect.Top, start.Y + 0.5 * size) : start.Y + 0.7 * size;
        var bold = boldFonts.IsBold(l) || l.RenderingMode == UglyToad.PdfPig.Core.TextRenderingMode.FillThenStroke;
        return new Glyph(l.Value, left, right, bottom, top, start.Y, size, bold, string.IsNullOrWhiteSpace(l.Value));
    }

    // Bold is decided once per font: the name checks are too slow to repeat for every letter.
    private sealed class BoldFontCache
    {
        private readonly Dictionary<string, bool> _byName = new(StringComparer.Ordinal);
        private string? _lastName;
        private bool _lastBold;

        public bool IsBold(Letter l)
        {
            var name = l.FontName ?? "";
            if (ReferenceEquals(name, _lastName)) return _lastBold;
            if (!_byName.TryGetValue(name, out var bold))
            {
                var details = l.FontDetails;
                bold = (details?.IsBold ?? false) || (details?.Weight ?? 0) >= 600
                       || name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
                       || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
                       || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
                       || name.Contains("Semibold", StringComparison.OrdinalIgnoreCase);
                _byName[name] = bold;
            }
            _lastName = name;
            _lastBold = bold;
            return bold;
        }
    }

    // Superscripts ("26th") and subscripts sit a little off the baseline in a smaller font: fold them into
    // the line they belong to when they fall inside its horizontal extent.
    private static void MergeRaisedAndLowered(List<LineGroup> groups)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            if (g.Indices.Count == 0) continue;
            foreach (var j in (ReadOnlySpan<int>)[i + 1, i - 1])
            {
                if (j < 0 || j >= groups.Count || groups[j].Indices.Count == 0) continue;
                var host = groups[j];
                if (g.MaxSize > 0.82 * host.MaxSize) continue;
                if (Math.Abs(g.Baseline - host.Baseline) > 0.6 * host.MaxSize) continue;
                if (g.Right < host.Left - host.MaxSize || g.Left > host.Right + host.MaxSize) continue;
                host.Absorb(g);
                break;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<PdfWord> BuildWords(List<Glyph> glyphs, List<int> indices)
    {
        var words = new List<PdfWord>();
        var text = new System.Text.StringBuilder();
        var started = false;
        Glyph first = default, prev = default;
        double right = 0, bottom = 0, top = 0, baseline = 0, sizeSum = 0;
        int count = 0, boldCount = 0;

        void Flush()
        {
            if (started && text.Length > 0)
            {
                var t = text.ToString();
                if (!string.IsNullOrWhiteSpace(t))
                    words.Add(new PdfWord(t, first.Left, right, bottom, top, baseline, sizeSum / count, boldCount * 2 > count));
            }
            text.Clear();
            started = false;
            sizeSum = 0; count = 0; boldCount = 0;
        }

        var order = SortedIndices(glyphs, indices, byBaseline: false);
        var tracking = LetterTracking(glyphs, order);
        foreach (var index in order)
        {
            var g = glyphs[index];
            if (g.Space) { Flush(); prev = g; continue; }
            if (started)
            {
                // Fake bold and shadows print the same glyph twice at (almost) the same place.
                if (prev.Chars == g.Chars && Math.Abs(g.Left - prev.Left) < 0.15 * g.Size) continue;
                var gap = g.Left - right;
                var em = Math.Max(g.Size, prev.Size);
                if (gap > Math.Max(0.2, tracking + 0.12) * em || gap < -0.5 * g.Size) Flush();
            }
            if (!started)
            {
                started = true;
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

    // Tracked (letter-spaced) text puts a gap after every letter, and a word gap is that gap plus a space, so a
    // fixed fraction of an em would split every letter. The line's own typical gap, in ems, is the median of the
    // gaps between neighbouring letters (most gaps in any line are inside words); 0 when the line is too short to tell.
    private static double LetterTracking(List<Glyph> glyphs, int[] order)
    {
        var gaps = new List<double>(order.Length);
        for (var i = 1; i < order.Length; i++)
        {
            var a = glyphs[order[i - 1]];
            var b = glyphs[order[i]];
            if (a.Space || b.Space) continue;
            var em = Math.Max(a.Size, b.Size);
            var gap = (b.Left - a.Right) / em;
            if (gap > -0.1 && gap < 1) gaps.Add(gap);
        }
        if (gaps.Count < 6) return 0;
        gaps.Sort();
        return Math.Max(0, gaps[gaps.Count / 2]);
    }
}
