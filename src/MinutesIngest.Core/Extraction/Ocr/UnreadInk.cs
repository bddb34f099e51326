using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>
/// Finds print Tesseract's page layout dropped: a label set apart from its text (a hanging-indent "B.", a column of item
/// numbers in the margin, initials beside a line) stands alone, and the layout analysis discards such small isolated
/// marks as noise. What is found is text-sized ink outside every word read, level with a line that was read; it is read
/// again on its own, as one uniform block, which does not discard it.
/// </summary>
internal static class UnreadInk
{
    // A mark is text-sized when its height is within these shares of the page's typical word height; a dot or comma is
    // smaller and only counts beside a text-sized mark.
    private const double MinMarkHeight = 0.5, MaxMarkHeight = 1.6, MaxMarkWidth = 3;
    // Marks this close (in word heights) are one token.
    private const double JoinGap = 0.5;
    // A label is a few characters; a run wider than this is a drawing, a rule or a signature.
    private const double MaxTokenWidth = 6;
    private const int MaxMarksPerToken = 8;

    /// <summary>Boxes (pixels, padded) of the unread tokens level with read lines; empty when nothing was dropped.</summary>
    public static List<(int Left, int Top, int Right, int Bottom)> Regions(GrayImage image, IReadOnlyList<OcrWord> words)
    {
        var textWords = words.Where(w => w.Text.Any(char.IsLetterOrDigit)).ToList();
        if (textWords.Count < 5) return [];
        var heights = textWords.Select(w => w.Height).Order().ToList();
        var h = (double)heights[heights.Count / 2];
        if (h < 6) return [];

        int width = image.Width, height = image.Height;
        var covered = new bool[width * height];
        var pad = (int)Math.Ceiling(0.2 * h);
        foreach (var w in textWords)
            for (var y = Math.Max(0, w.Top - pad); y < Math.Min(height, w.Bottom + pad); y++)
                Array.Fill(covered, true, y * width + Math.Max(0, w.Left - pad), Math.Max(0, Math.Min(width, w.Right + pad) - Math.Max(0, w.Left - pad)));

        var marks = Marks(image, covered, (int)(MaxMarkHeight * h * 2));
        var tokens = Tokens(marks, h);
        var bands = textWords.GroupBy(w => (w.Block, w.Paragraph, w.Line)).Select(l => (Top: l.Min(w => w.Top), Bottom: l.Max(w => w.Bottom))).ToList();
        var regions = new List<(int, int, int, int)>();
        foreach (var t in tokens)
        {
            var tallest = t.Marks.Max(m => m.Bottom - m.Top);
            if (tallest < MinMarkHeight * h || t.Right - t.Left > MaxTokenWidth * h || t.Marks.Count > MaxMarksPerToken) continue;
            if (t.Marks.Any(m => m.Right - m.Left > MaxMarkWidth * h)) continue;
            var middle = (t.Top + t.Bottom) / 2.0;
            if (!bands.Any(b => middle >= b.Top && middle <= b.Bottom)) continue;
            regions.Add((Math.Max(0, t.Left - pad), Math.Max(0, t.Top - pad), Math.Min(width, t.Right + pad), Math.Min(height, t.Bottom + pad)));
        }
        return regions;
    }

    /// <summary>A white page of the image's size holding only the regions' pixels, for reading them on their own.</summary>
    public static GrayImage Isolate(GrayImage image, IReadOnlyList<(int Left, int Top, int Right, int Bottom)> regions)
    {
        var pixels = new byte[image.Pixels.Length];
        Array.Fill(pixels, (byte)255);
        foreach (var (left, top, right, bottom) in regions)
            for (var y = top; y < bottom; y++)
                Array.Copy(image.Pixels, y * image.Width + left, pixels, y * image.Width + left, right - left);
        return new GrayImage(image.Width, image.Height, pixels);
    }

    // Tesseract is sure of a word read on its own; a lone lower-case label ("c.") is read right at ~40, as it cannot tell
    // "c" from "C" without a line to compare with, and only a label's shape is asked of it.
    private const double WordConfidence = 70, LabelConfidence = 30;

    /// <summary>
    /// The page's words with the tokens read from the isolated regions added: only confident readings of letters or
    /// digits, each in a Tesseract line of its own; a bare stop the first reading kept from a label ("." of "B.") gives way.
    /// </summary>
    public static List<OcrWord> Merge(IReadOnlyList<OcrWord> words, IReadOnlyList<OcrWord> recovered)
    {
        var found = recovered.Where(r => r.Confidence >= (ItemLabelGrammar.IsDelimitedToken(r.Text) ? LabelConfidence : WordConfidence)
                                         && r.Text.Any(char.IsLetterOrDigit)
                                         && !words.Any(w => w.Text.Any(char.IsLetterOrDigit) && Overlaps(w, r))).ToList();
        if (found.Count == 0) return [.. words];
        var block = words.Count == 0 ? 1 : words.Max(w => w.Block) + 1;
        var merged = words.Where(w => w.Text.Any(char.IsLetterOrDigit) || !found.Any(r => Overlaps(w, r))).ToList();
        merged.AddRange(found.Select((r, i) => r with { Block = block + i, Paragraph = 1, Line = 1 }));
        return merged;
    }

    private static bool Overlaps(OcrWord a, OcrWord b) => a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;

    private sealed record Mark(int Left, int Top, int Right, int Bottom);

    private sealed class Token(Mark first)
    {
        public List<Mark> Marks { get; } = [first];
        public int Left { get; private set; } = first.Left;
        public int Top { get; private set; } = first.Top;
        public int Right { get; private set; } = first.Right;
        public int Bottom { get; private set; } = first.Bottom;

        public void Add(Mark m)
        {
            Marks.Add(m);
            (Left, Top, Right, Bottom) = (Math.Min(Left, m.Left), Math.Min(Top, m.Top), Math.Max(Right, m.Right), Math.Max(Bottom, m.Bottom));
        }
    }

    // Marks sorted left to right join the token they sit level with and close to.
    private static List<Token> Tokens(List<Mark> marks, double h)
    {
        var tokens = new List<Token>();
        foreach (var m in marks.OrderBy(m => m.Left))
        {
            var near = tokens.FirstOrDefault(t => m.Left - t.Right <= JoinGap * h && m.Top < t.Bottom + 0.2 * h && t.Top < m.Bottom + 0.2 * h);
            if (near != null) near.Add(m);
            else tokens.Add(new Token(m));
        }
        return tokens;
    }

    // 8-connected groups of dark pixels outside the covered area; a group taller or wider than maxSide is not a mark.
    private static List<Mark> Marks(GrayImage image, bool[] covered, int maxSide)
    {
        int width = image.Width, height = image.Height;
        var threshold = InkThreshold(image);
        var pixels = image.Pixels;
        var seen = new bool[pixels.Length];
        var stack = new Stack<int>();
        var marks = new List<Mark>();
        for (var start = 0; start < pixels.Length; start++)
        {
            if (seen[start] || covered[start] || pixels[start] >= threshold) continue;
            int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var i = stack.Pop();
                int y = i / width, x = i % width;
                (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
                for (var ny = Math.Max(0, y - 1); ny <= Math.Min(height - 1, y + 1); ny++)
                    for (var nx = Math.Max(0, x - 1); nx <= Math.Min(width - 1, x + 1); nx++)
                    {
                        var j = ny * width + nx;
                        if (seen[j] || covered[j] || pixels[j] >= threshold) continue;
                        seen[j] = true;
                        stack.Push(j);
                    }
            }
            if (bottom - top < maxSide && right - left < maxSide) marks.Add(new Mark(left, top, right + 1, bottom + 1));
        }
        return marks;
    }

    // Half-way between black and the paper's grey, as the stroke measurement reads ink.
    private static int InkThreshold(GrayImage image)
    {
        var histogram = new long[256];
        var pixels = image.Pixels;
        for (var i = 0; i < pixels.Length; i += 7) histogram[pixels[i]]++;
        var half = (pixels.Length / 7 + 1) / 2;
        long acc = 0;
        for (var v = 0; v < 256; v++)
        {
            acc += histogram[v];
            if (acc >= half) return Math.Max(40, v / 2);
        }
        return 128;
    }
}
