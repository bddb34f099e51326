namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>
/// Prepares a rendered page for Tesseract: light grey (a watermark, grey paper, JPEG haze) becomes paper, and isolated
/// specks of scanner dust are removed. Tesseract's own binarisation counts a grey watermark band or a field of specks as
/// ink and then loses whole lines of text under it.
/// </summary>
internal static class ScanCleanup
{
    // Paper is the page's median grey, ink its darkest percent; anything in the lighter part of the range between is not
    // print. The margin keeps the anti-aliased edges of strokes.
    private const double InkQuantile = 0.01;
    private const int EdgeMargin = 10;
    // A dark pixel with at most this many dark neighbours (of 8) is a speck, not part of a stroke.
    private const int SpeckNeighbours = 1;

    /// <summary>A cleaned copy of the page; the input is left as it is (bold and rule measurement read the original).</summary>
    public static GrayImage Clean(GrayImage page)
    {
        var pixels = page.Pixels;
        var threshold = LightThreshold(pixels);
        var light = new byte[pixels.Length];
        for (var i = 0; i < pixels.Length; i++) light[i] = pixels[i] >= threshold ? (byte)255 : pixels[i];
        var cleaned = (byte[])light.Clone();
        int w = page.Width, h = page.Height;
        for (var y = 1; y < h - 1; y++)
            for (var x = 1; x < w - 1; x++)
            {
                var i = y * w + x;
                if (light[i] == 255) continue;
                var dark = 0;
                for (var dy = -1; dy <= 1; dy++)
                    for (var dx = -1; dx <= 1; dx++)
                        if ((dx != 0 || dy != 0) && light[i + dy * w + dx] != 255) dark++;
                if (dark <= SpeckNeighbours) cleaned[i] = 255;
            }
        return new GrayImage(w, h, cleaned);
    }

    /// <summary>The grey level from which a pixel counts as paper: just below the midpoint of ink and paper.</summary>
    internal static int LightThreshold(byte[] pixels)
    {
        var histogram = new long[256];
        foreach (var p in pixels) histogram[p]++;
        int paper = Quantile(histogram, pixels.Length, 0.5), ink = Quantile(histogram, pixels.Length, InkQuantile);
        // A blank or uniform page has no ink to protect.
        if (paper - ink < 2 * EdgeMargin) return 256;
        return (ink + paper) / 2 + EdgeMargin;
    }

    private static int Quantile(long[] histogram, long total, double q)
    {
        long seen = 0;
        for (var v = 0; v < 256; v++)
        {
            seen += histogram[v];
            if (seen > total * q) return v;
        }
        return 255;
    }
}
