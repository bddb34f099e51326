namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>
/// What the page image says beyond the words: how heavy each word's strokes are (bold shows as thicker
/// stems) and where horizontal rules run (table borders), followed along the page's skew.
/// </summary>
internal static class PageInk
{
    /// <summary>Words with their stroke width measured, and the page's rules.</summary>
    public static (List<OcrWord> Words, List<OcrRule> Rules) Measure(GrayImage image, IReadOnlyList<OcrWord> words, double skew)
    {
        var paper = PaperLevel(image);
        // Text is measured at half the paper level; hairline borders scan as light grey, so rules are looked for
        // at a lighter level, where only a long unbroken run counts.
        var textThreshold = Math.Max(40, paper / 2);
        var measured = words.Select(w => w with { StrokeWidth = StrokeWidth(image, w, textThreshold) }).ToList();
        return (measured, FindRules(image, skew, Math.Max(60, paper * 4 / 5)));
    }

    // The paper's grey: the median of a sample of pixels (most of a page is paper).
    private static int PaperLevel(GrayImage image)
    {
        var histogram = new int[256];
        var pixels = image.Pixels;
        for (var i = 0; i < pixels.Length; i += 7) histogram[pixels[i]]++;
        var half = pixels.Length / 7 / 2;
        var paper = 255;
        for (int v = 0, acc = 0; v < 256; v++)
        {
            acc += histogram[v];
            if (acc >= half) { paper = v; break; }
        }
        return paper;
    }

    // Mean length of horizontal runs of ink inside the box: the width of vertical stems, which bold widens.
    private static double? StrokeWidth(GrayImage image, OcrWord w, int threshold)
    {
        long ink = 0, runs = 0;
        var x1 = Math.Min(image.Width, w.Right);
        var y1 = Math.Min(image.Height, w.Bottom);
        for (var y = Math.Max(0, w.Top); y < y1; y++)
        {
            var row = y * image.Width;
            var inRun = false;
            for (var x = Math.Max(0, w.Left); x < x1; x++)
            {
                var dark = image.Pixels[row + x] < threshold;
                if (dark) { ink++; if (!inRun) runs++; }
                inRun = dark;
            }
        }
        return runs < 10 ? null : (double)ink / runs;
    }

    private static List<OcrRule> FindRules(GrayImage image, double skew, int threshold)
    {
        // A rule is a long run of ink along the text direction; gaps of a few pixels are scan dropouts.
        var minRun = Math.Max(60, image.Width / 25);
        const int maxGap = 3;
        var cx = image.Width / 2.0;
        var cy = image.Height / 2.0;
        var found = new List<(int Y, int Left, int Right)>();
        for (var y0 = 0; y0 < image.Height; y0++)
        {
            int start = -1, lastInk = -1;
            for (var x = 0; x < image.Width; x++)
            {
                var y = (int)Math.Round(y0 + skew * (x - cx));
                var dark = y >= 0 && y < image.Height && image[x, y] < threshold;
                if (dark)
                {
                    if (start < 0 || x - lastInk > maxGap + 1)
                    {
                        if (start >= 0 && lastInk - start + 1 >= minRun) found.Add((y0, start, lastInk));
                        start = x;
                    }
                    lastInk = x;
                }
            }
            if (start >= 0 && lastInk - start + 1 >= minRun) found.Add((y0, start, lastInk));
        }

        // A rule a few pixels thick shows on consecutive rows: one rule per overlapping stack.
        var rules = new List<OcrRule>();
        var used = new bool[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            if (used[i]) continue;
            var (y, left, right) = found[i];
            double sumY = y; var n = 1; var lastY = y;
            for (var j = i + 1; j < found.Count && found[j].Y <= lastY + 1; j++)
            {
                if (used[j] || found[j].Right < left || found[j].Left > right) continue;
                used[j] = true;
                sumY += found[j].Y; n++; lastY = found[j].Y;
                left = Math.Min(left, found[j].Left);
                right = Math.Max(right, found[j].Right);
            }
            // Taller than a thick border: a filled box or a bar of shading, not a rule.
            if (n > Math.Max(6, image.Height / 250)) continue;
            // Rotating about the page centre moves x by the skew times the distance from the centre line.
            var my = sumY / n;
            var shift = skew * (my - cy);
            rules.Add(new OcrRule(my, left + shift, right + shift));
        }
        return rules;
    }
}
