namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>Measures how far a scanned page is tilted from the words Tesseract put on each of its lines.</summary>
internal static class OcrSkew
{
    // Scanners tilt pages by a degree or two; anything steeper is a measuring error, not a tilt to undo.
    private const double MaxSlope = 0.09; // ~5°

    /// <summary>Slope dy/dx of text lines in image coordinates (positive: lines run downhill to the right); 0 when unknown.</summary>
    public static double Estimate(IReadOnlyList<OcrWord> words)
    {
        var slopes = new List<(double Slope, double Weight)>();
        foreach (var line in words.GroupBy(w => (w.Block, w.Paragraph, w.Line)))
        {
            var ws = line.ToList();
            if (ws.Count < 3) continue;
            // Word centres: ascenders and descenders pull tops and bottoms about equally, centres least.
            var xs = ws.Select(w => w.Left + w.Width / 2.0).ToList();
            var ys = ws.Select(w => w.Top + w.Height / 2.0).ToList();
            var span = xs.Max() - xs.Min();
            if (span < 8 * ws.Average(w => w.Height)) continue;
            var mx = xs.Average();
            var my = ys.Average();
            double sxy = 0, sxx = 0;
            for (var i = 0; i < xs.Count; i++) { sxy += (xs[i] - mx) * (ys[i] - my); sxx += (xs[i] - mx) * (xs[i] - mx); }
            if (sxx <= 0) continue;
            var slope = sxy / sxx;
            if (Math.Abs(slope) <= MaxSlope) slopes.Add((slope, span));
        }
        if (slopes.Count == 0) return 0;
        // Weighted median: long lines measure the tilt best, and a few bad fits must not move it.
        slopes.Sort((a, b) => a.Slope.CompareTo(b.Slope));
        var half = slopes.Sum(s => s.Weight) / 2;
        var acc = 0.0;
        foreach (var (slope, weight) in slopes)
        {
            acc += weight;
            if (acc >= half) return slope;
        }
        return slopes[^1].Slope;
    }
}
