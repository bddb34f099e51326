namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>
/// Prepares a rendered page for Tesseract: light grey (a watermark, grey paper, JPEG haze) becomes paper, and specks of
/// scanner dust are removed. Tesseract's own binarisation counts a grey watermark band or a field of specks as ink and
/// then loses whole lines of text under it.
/// </summary>
internal static class ScanCleanup
{
    // Paper is the page's median grey, ink the dark core of the print; anything in the lighter part of the range between
    // is not print. The margin keeps the anti-aliased edges of strokes. A closing page of three lines is about a tenth of
    // a percent print at 300 dpi, so only the darkest tenth of a percent of a page is sure to be ink.
    private const double InkQuantile = 0.001;
    private const double StrokeCoreQuantile = 0.05;
    private const int EdgeMargin = 10;
    // Fewer pixels inside the words read than this say nothing reliable about the ink.
    private const int MinWordPixels = 2000;
    // A blot no wider than about a quarter of a millimetre is dust: the full stop of 7-point type is larger.
    private const double SpeckMillimetres = 0.25;
    private const double WordConfidence = 50;

    /// <summary>
    /// A cleaned copy of the page; the input is left as it is (bold and rule measurement read the original).
    /// <paramref name="read"/> is what a first reading of the page found: the ink is measured inside those words.
    /// </summary>
    public static GrayImage Clean(GrayImage page, IReadOnlyList<OcrWord>? read = null, int dpi = 300)
    {
        var pixels = page.Pixels;
        var threshold = LightThreshold(page, read);
        var light = new byte[pixels.Length];
        for (var i = 0; i < pixels.Length; i++) light[i] = pixels[i] >= threshold ? (byte)255 : pixels[i];
        RemoveSpecks(light, page.Width, page.Height, MaxSpeckPixels(dpi));
        return new GrayImage(page.Width, page.Height, light);
    }

    /// <summary>
    /// True when the page carries much more light grey than its print explains: a watermark, a stamp or grey bands
    /// under the text. Tesseract can read such a page with high confidence yet skip whole lines under the grey, so
    /// confidence alone does not call for the cleaned reading.
    /// </summary>
    public static bool HasGreyUnderPrint(GrayImage page, IReadOnlyList<OcrWord>? read = null)
    {
        var threshold = LightThreshold(page, read);
        if (threshold > 255) return false;
        var histogram = Histogram(page.Pixels);
        var paper = Quantile(histogram, page.Pixels.Length, 0.5);
        long ink = 0, grey = 0;
        for (var v = 0; v < threshold; v++) ink += histogram[v];
        for (var v = threshold; v < paper - EdgeMargin; v++) grey += histogram[v];
        // The anti-aliased edges of strokes are about as many pixels as their dark cores (ordinary scans measure 0.8 to
        // 1.2 times); a watermark band adds several times the print's pixels, and a speck of grey on a page is no band.
        return grey > GreyPerInk * ink && grey > MinGreyShare * page.Pixels.Length;
    }

    private const double GreyPerInk = 3;
    private const double MinGreyShare = 0.02;

    /// <summary>The most pixels a blot of dust covers at <paramref name="dpi"/>.</summary>
    internal static int MaxSpeckPixels(int dpi)
    {
        var across = SpeckMillimetres / 25.4 * dpi;
        return Math.Max(1, (int)(across * across));
    }

    /// <summary>The grey level from which a pixel counts as paper: just below the midpoint of ink and paper.</summary>
    internal static int LightThreshold(GrayImage page, IReadOnlyList<OcrWord>? read = null)
    {
        var histogram = Histogram(page.Pixels);
        var paper = Quantile(histogram, page.Pixels.Length, 0.5);
        // The words a first reading was sure of show the ink best; the page's darkest pixels may be a black scan border
        // or punch holes while the print itself is grey.
        var ink = WordInk(page, read) ?? Quantile(histogram, page.Pixels.Length, InkQuantile);
        // A blank or uniform page has no ink to protect.
        if (paper - ink < 2 * EdgeMargin) return 256;
        return (ink + paper) / 2 + EdgeMargin;
    }

    // The dark core of the strokes inside the words a first reading was sure of.
    private static int? WordInk(GrayImage page, IReadOnlyList<OcrWord>? read)
    {
        if (read == null) return null;
        var histogram = new long[256];
        long count = 0;
        foreach (var w in read)
        {
            if (w.Confidence < WordConfidence || !w.Text.Any(char.IsLetterOrDigit)) continue;
            for (var y = Math.Max(0, w.Top); y < Math.Min(page.Height, w.Bottom); y++)
                for (var x = Math.Max(0, w.Left); x < Math.Min(page.Width, w.Right); x++)
                {
                    histogram[page[x, y]]++;
                    count++;
                }
        }
        return count < MinWordPixels ? null : Quantile(histogram, count, StrokeCoreQuantile);
    }

    // Whitens every 8-connected group of non-paper pixels of at most maxPixels: dust, not print.
    private static void RemoveSpecks(byte[] pixels, int width, int height, int maxPixels)
    {
        var seen = new bool[pixels.Length];
        var component = new List<int>();
        var stack = new Stack<int>();
        for (var start = 0; start < pixels.Length; start++)
        {
            if (pixels[start] == 255 || seen[start]) continue;
            component.Clear();
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var i = stack.Pop();
                if (component.Count <= maxPixels) component.Add(i);
                int y = i / width, x = i % width;
                for (var ny = Math.Max(0, y - 1); ny <= Math.Min(height - 1, y + 1); ny++)
                    for (var nx = Math.Max(0, x - 1); nx <= Math.Min(width - 1, x + 1); nx++)
                    {
                        var j = ny * width + nx;
                        if (pixels[j] == 255 || seen[j]) continue;
                        seen[j] = true;
                        stack.Push(j);
                    }
            }
            if (component.Count <= maxPixels)
                foreach (var i in component) pixels[i] = 255;
        }
    }

    private static long[] Histogram(byte[] pixels)
    {
        var histogram = new long[256];
        foreach (var p in pixels) histogram[p]++;
        return histogram;
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
