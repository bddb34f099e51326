using MinutesIngest.Core.Extraction.Pdf;
using MinutesIngest.Core.Extraction.Layout;

namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>
/// Turns one page of OCR words into the lines the PDF layout path reads: boxes straightened by the page's
/// skew, converted from image pixels to PDF points (origin bottom-left), grouped by baseline across the
/// whole page so that table cells and columns on one row share a line, as born-digital letters do.
/// </summary>
internal static class OcrLineBuilder
{
    // Cap height over em size in common text faces: turns the measured ascender height into a point size.
    private const double AscentPerEm = 0.72;

    // Print is read at ~90 confidence, a misread word or an item label standing apart at 0; a line read below this on
    // average over its letters is handwriting, a drawing (a site plan, a map), a stamp or a signature.
    private const double UnsureLineConfidence = 50;

    // Bullets Tesseract reads as letters or symbols when they stand alone at the start of a line.
    private const string MisreadBullets = "e©®«°»•*";

    /// <summary>The page's lines, top to bottom, and its rules, in PDF points.</summary>
    public static (List<PdfTextLine> Lines, List<HorizontalRule> Rules) Build(OcrPage page, double pageWidth, double pageHeight)
    {
        if (page.Words.Count == 0 || page.WidthPixels <= 0) return ([], []);
        var scale = pageWidth / page.WidthPixels;
        var rules = page.Rules.Select(r => new HorizontalRule(pageHeight - r.Y * scale, r.Left * scale, r.Right * scale)).ToList();
        var typicalHeight = page.Words.Count == 0 ? 0 : Median(page.Words.Where(w => w.Text.Any(char.IsLetterOrDigit)).Select(w => (double)w.Height).DefaultIfEmpty(0).ToList());
        var words = LetterLabelCase.Apply(page.Words.Where(w => IsText(w, typicalHeight)).ToList());
        if (words.Count == 0) return ([], rules);

        var pitch = FixedPitch(words) * scale;
        var skew = page.Skew ?? OcrSkew.Estimate(words);
        var cx = page.WidthPixels / 2.0;
        var cy = page.HeightPixels / 2.0;
        var pieces = new List<Piece>();
        foreach (var line in words.GroupBy(w => (w.Block, w.Paragraph, w.Line)))
        {
            var straight = line.Select(w => Straighten(w, skew, cx, cy)).ToList();
            foreach (var row in Rows(straight)) pieces.Add(Piece.Of(row.OrderBy(b => b.Left).ToList()));
        }
        MarkBold(pieces);

        // Sweep pieces by baseline like letters: one page line per baseline, whatever block Tesseract put them in.
        pieces.Sort((a, b) => a.Baseline.CompareTo(b.Baseline));
        var groups = new List<List<Piece>>();
        foreach (var p in pieces)
        {
            var last = groups.Count > 0 ? groups[^1] : null;
            if (last != null && p.Baseline - last[0].Baseline <= 0.3 * Math.Min(p.AscentPx, last[0].AscentPx) / AscentPerEm)
                last.Add(p);
            else groups.Add([p]);
        }

        var lines = new List<PdfTextLine>(groups.Count);
        foreach (var g in groups)
        {
            if (IsUnsure(g)) continue;
            var baselinePx = g.Sum(p => p.Baseline * p.Boxes.Count) / g.Sum(p => p.Boxes.Count);
            var pdfWords = new List<PdfWord>();
            foreach (var p in g)
            {
                var size = p.AscentPx / AscentPerEm * scale;
                foreach (var b in p.Boxes)
                    pdfWords.Add(new PdfWord(b.Text, b.Left * scale, b.Right * scale, pageHeight - b.Bottom * scale,
                        pageHeight - b.Top * scale, pageHeight - baselinePx * scale, size, p.Bold) { Pitch = pitch > 0 ? pitch : null });
            }
            pdfWords.Sort((a, b) => a.Left.CompareTo(b.Left));
            ReplaceMisreadBullet(pdfWords);
            pdfWords = OcrSpecks.Clean(pdfWords);
            if (pdfWords.Count == 0) continue;
            var texts = pdfWords.Select(w => w.Text).ToList();
            foreach (var i in OcrNoise.FixCapitalIInNames(texts)) pdfWords[i] = pdfWords[i] with { Text = texts[i] };
            lines.Add(new PdfTextLine(OcrLabelRepair.RepairLineStart(pdfWords)));
        }
        lines.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));
        return (lines, rules);
    }

    // Typewriters and fixed-pitch faces give every character the same advance: the words of such a page measure the same
    // width per letter to within a few per cent, where proportional print varies by a third or more. 0 when not fixed-pitch.
    private const int PitchSample = 20;
    private const double PitchSpread = 0.06;

    internal static double FixedPitch(IReadOnlyList<OcrWord> words)
    {
        var pitches = words.Where(w => w.Text.Length >= 4 && w.Text.All(char.IsLetter)).Select(w => (double)w.Width / w.Text.Length).Order().ToList();
        if (pitches.Count < PitchSample) return 0;
        var median = pitches[pitches.Count / 2];
        var spread = pitches[pitches.Count * 3 / 4] - pitches[pitches.Count / 4];
        return spread <= PitchSpread * median ? median : 0;
    }

    // Tesseract sometimes takes a column of single marks (the X's or ticks of a roll-call table) for one line of vertical
    // text: its words then stand one above the other. Each row of the column goes back to its own line of the page.
    private static List<List<Box>> Rows(List<Box> line)
    {
        var rows = new List<List<Box>>();
        foreach (var box in line.OrderBy(b => b.Top))
        {
            var row = rows.Count > 0 ? rows[^1] : null;
            // Overlap, not position, so a quote mark or full stop stays with its words.
            if (row != null && Overlap(row, box) >= 0.3 * Math.Min(box.Height, row.Max(b => b.Bottom) - row.Min(b => b.Top))) row.Add(box);
            else rows.Add([box]);
        }
        return rows;
    }

    private static double Overlap(List<Box> row, Box box) => Math.Min(row.Max(b => b.Bottom), box.Bottom) - Math.Max(row.Min(b => b.Top), box.Top);

    // Weighted by letters, so a label read at 0 beside its well-read title does not sink the line, nor one clear word
    // ("LINE" on a plan) lift a line of guesses.
    private static bool IsUnsure(List<Piece> line)
    {
        var boxes = line.SelectMany(p => p.Boxes).ToList();
        var letters = boxes.Sum(b => b.Text.Length);
        return letters > 0 && boxes.Sum(b => b.Confidence * b.Text.Length) / letters < UnsureLineConfidence;
    }

    // Bold strokes are ~1.6x as wide as regular ones at the same size; compare each line's stroke width per
    // unit of text height with the page's typical line, so large headings are not called bold for being large.
    private static void MarkBold(List<Piece> pieces)
    {
        var weights = pieces.Where(p => p.Weight.HasValue).Select(p => (Value: p.Weight!.Value, Count: p.Boxes.Count)).OrderBy(p => p.Value).ToList();
        if (weights.Count < 3) return;
        var half = weights.Sum(w => w.Count) / 2.0;
        var typical = weights[^1].Value;
        var acc = 0.0;
        foreach (var w in weights)
        {
            acc += w.Count;
            if (acc >= half) { typical = w.Value; break; }
        }
        foreach (var p in pieces) p.Bold = p.Weight > 1.3 * typical;
    }

    /// <summary>
    /// Sets every OCR'd line's size to the body size when within 12 % of the OCR body size, else to the nearest point:
    /// measured OCR sizes wobble from line to line, and the layout treats a size change as a new paragraph. The body
    /// size is the born-digital pages' when the document has any, so mixed documents keep one body style.
    /// </summary>
    public static void SnapSizes(List<List<PdfTextLine>> pages, IReadOnlySet<int> ocrPages, double? textBody)
    {
        var measured = ocrPages.SelectMany(p => pages[p]).SelectMany(l => l.Words).Select(w => w.FontSize).ToList();
        if (measured.Count == 0) return;
        var ocrBody = Median(measured);
        var body = textBody is { } t && Math.Abs(t - ocrBody) <= 0.25 * t ? t : Math.Round(ocrBody * 2) / 2;
        foreach (var p in ocrPages)
            pages[p] = pages[p].Select(line => line.With(line.Words.Select(w =>
                w with { FontSize = Math.Abs(w.FontSize - ocrBody) <= 0.12 * ocrBody ? body : Math.Round(w.FontSize) }))).ToList();
        OcrLabelRepair.RepairRomanSequence(pages, ocrPages);
        OcrLabelRepair.RepairNumberSequence(pages, ocrPages);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    // Table borders come through as runs of '|' or '_', and specks of noise as low-confidence marks much smaller than
    // the page's text. Confidence alone does not tell noise: Tesseract reports 0 for correctly read words too, often for
    // an item label standing apart from its title ("Item 1", "5.1"), and dropping those loses the item.
    internal static bool IsText(OcrWord w, double typicalHeight)
    {
        var t = w.Text;
        if (t.All(c => c is '|' or '_' or '—' or '-' or '=' or '~') && t.Length > 1) return false;
        if (t is "|" or "_" or "~") return false;
        if (!t.Any(char.IsLetterOrDigit) && w.Confidence < 40) return false;
        if (w.Confidence >= 5) return true;
        // Text-sized and mostly letters or digits: a word. A signature or stamp comes out larger or as symbol soup.
        return w.Height >= 0.6 * typicalHeight && w.Height <= 2.5 * typicalHeight && 3 * t.Count(char.IsLetterOrDigit) >= 2 * t.Length;
    }

    private static Box Straighten(OcrWord w, double skew, double cx, double cy)
    {
        // Rotate the box centre by -skew about the page centre; the box itself loses the height its tilt added.
        var x = w.Left + w.Width / 2.0 - cx;
        var y = w.Top + w.Height / 2.0 - cy;
        var nx = x + skew * y + cx;
        var ny = y - skew * x + cy;
        var h = Math.Max(1.0, w.Height - Math.Abs(skew) * w.Width);
        return new Box(OcrNoise.Normalize(w.Text), nx - w.Width / 2.0, nx + w.Width / 2.0, ny - h / 2, ny + h / 2, w.StrokeWidth, w.Confidence);
    }

    // "e Reviewed the budget": a lone misread bullet followed by a capital or digit.
    private static void ReplaceMisreadBullet(List<PdfWord> words)
    {
        if (words.Count < 2) return;
        var first = words[0];
        var next = words[1].Text[0];
        if (first.Text.Length == 1 && MisreadBullets.Contains(first.Text[0]) && (char.IsUpper(next) || char.IsDigit(next)))
            words[0] = first with { Text = "•" };
    }

    private sealed record Box(string Text, double Left, double Right, double Top, double Bottom, double? StrokeWidth, double Confidence)
    {
        public double Height => Bottom - Top;
    }

    /// <summary>The words of one Tesseract line with its baseline and ascent measured from them (pixels, y down).</summary>
    private sealed record Piece(List<Box> Boxes, double Baseline, double AscentPx)
    {
        public bool Bold { get; set; }

        /// <summary>Stroke width over ascent: how heavy the type is, independent of its size.</summary>
        public double? Weight
        {
            get
            {
                var measured = Boxes.Where(b => b.StrokeWidth.HasValue).ToList();
                if (measured.Count == 0) return null;
                var chars = measured.Sum(b => b.Text.Length);
                return measured.Sum(b => b.StrokeWidth!.Value * b.Text.Length) / chars / AscentPx;
            }
        }

        public static Piece Of(List<Box> boxes)
        {
            // Small marks (commas, hyphens, dots) say nothing about where the baseline is. They are told by the line's
            // median height, not its tallest box: a margin stroke or a handwritten mark touching one word makes that
            // box twice as tall, and would leave every word without a descender out.
            var median = MedianOf(boxes.Select(b => b.Height));
            var marks = boxes.Where(b => b.Height >= 0.5 * median).ToList();
            // A word printed wholly on the baseline ends on it; descenders (g, p, y, brackets, commas) hang below.
            var onBaseline = marks.Where(b => !b.Text.Any(IsDescender)).Select(b => b.Bottom).ToList();
            // Capitals, digits and ascenders reach the cap height; a word of x-height letters ("was", "on") does not.
            var capped = marks.Where(b => b.Text.Any(ReachesCapHeight)).Select(b => b.Top).ToList();
            var top = MedianOf(capped.Count > 0 ? capped : marks.Select(b => b.Top));
            double baseline;
            if (onBaseline.Count > 0) baseline = MedianOf(onBaseline);
            else
            {
                // Every word hangs below the baseline ("Report approved."): a descender is about 0.3 of the cap height.
                var bottom = MedianOf(marks.Select(b => b.Bottom));
                baseline = bottom - (bottom - top) * DescenderPerCap / (1 + DescenderPerCap);
            }
            return new Piece(boxes, baseline, Math.Max(1, baseline - top));
        }

        private const double DescenderPerCap = 0.3;

        private static bool IsDescender(char c) => c is 'g' or 'j' or 'p' or 'q' or 'y' or ',' or ';' or '(' or ')' or '[' or ']' or '{' or '}' or '|' or '/' or 'Q' or '@' or '$' or '§';

        private static bool ReachesCapHeight(char c) => char.IsUpper(c) || char.IsDigit(c) || c is 'b' or 'd' or 'f' or 'h' or 'k' or 'l' or 't';

        private static double MedianOf(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted[(sorted.Count - 1) / 2];
        }
    }
}
