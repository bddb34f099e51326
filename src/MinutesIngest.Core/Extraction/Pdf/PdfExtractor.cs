using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;
using MinutesIngest.Core.Extraction.Layout;
using MinutesIngest.Core.Profiling;

namespace MinutesIngest.Core.Extraction.Pdf;

/// <summary>
/// Extracts PDF files into the block model: letters → words → lines, running headers and footers
/// removed, then per page running text, tables and columns in reading order. Pages without a usable
/// text layer are rendered and OCR'd, and their words enter the same line and layout steps.
/// </summary>
public sealed class PdfExtractor : IDocumentExtractor
{
    /// <summary>The format of a document any of whose pages was read by OCR.</summary>
    public const string OcrFormat = "pdf-ocr";

    private readonly IOcrEngine _ocr;

    /// <summary>Uses <paramref name="ocr"/> (default: Tesseract) for pages without a usable text layer.</summary>
    public PdfExtractor(IOcrEngine? ocr = null) => _ocr = ocr ?? TesseractOcrEngine.Default;

    public string Format => "pdf";

    public SourceDocument Extract(byte[] content, string sourceName) => Read(content, document => Extract(document, content, sourceName));

    /// <summary>
    /// The 1-based pages <see cref="Extract(byte[], string)"/> would read by OCR, found without reading them: a long scan's pages can then
    /// be recognised in parts (by several servers) and handed back through an <see cref="IOcrEngine"/> that replays them.
    /// </summary>
    public static IReadOnlyList<int> PagesNeedingOcr(byte[] content) => Read(content, document =>
    {
        var pages = new List<int>();
        for (var n = 1; n <= document.NumberOfPages; n++)
        {
            UglyToad.PdfPig.Content.Page page;
            try
            {
                page = document.GetPage(n);
            }
            catch (Exception e) when (IsFontError(e))
            {
                // Read from its rendering, as Extract reads it.
                pages.Add(n);
                continue;
            }
            if (NeedsOcr(page, page.Letters.Count == 0 ? [] : PageLineBuilder.Build(page.Letters))) pages.Add(n);
        }
        return pages;
    });

    // A page without letters but with a picture is a scan; a page whose letters are nonsense has a broken text layer.
    // A picture under letters that are never painted is a "searchable" scan: the text is another program's OCR (a
    // copier's or scanner's), often poor ("April L2A25", names run together), so the picture is read again here.
    private static bool NeedsOcr(UglyToad.PdfPig.Content.Page page, List<PdfTextLine> lines) =>
        page.Letters.Count == 0 || InvisibleTextLayer.IsOverlay(page.Letters)
            ? page.GetImages().Any() || page.Paths.Count >= DrawnTextPaths
            : TextLayerCheck.IsJunk(lines);

    /// <summary>
    /// A page with no text layer but this many vector paths has its text drawn as glyph outlines (printed "as shapes", or
    /// flattened for the web): only its rendering can be read. Rules and boxes of a blank form take far fewer.
    /// </summary>
    private const int DrawnTextPaths = 200;

    // Only a font the page cannot load is read around; a broken page tree or content stream is the file's own defect and
    // fails it as corrupt.
    private static bool IsFontError(Exception e) =>
        e is not (ExtractionException or OutOfMemoryException or PdfDocumentEncryptedException)
        && (e.GetType().Name.Contains("Font", StringComparison.Ordinal) || e.Message.Contains("font", StringComparison.OrdinalIgnoreCase));

    // The size given to a page that cannot be read as text when no earlier page gave one (points).
    private static readonly (double Width, double Height) A4 = (595, 842);

    private static T Read<T>(byte[] content, Func<PdfDocument, T> read)
    {
        PdfDocument document;
        try
        {
            using (StageClock.Time(StageNames.PdfOpen))
                document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true });
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new ExtractionException("encrypted", "the PDF is encrypted", e);
        }
        catch (Exception e) when (e is not (ExtractionException or OutOfMemoryException))
        {
            throw new ExtractionException("corrupt", "the PDF cannot be read: " + e.Message, e);
        }

        using (document)
        {
            try
            {
                return read(document);
            }
            catch (PdfDocumentEncryptedException e)
            {
                throw new ExtractionException("encrypted", "the PDF is encrypted", e);
            }
            catch (Exception e) when (e is not (ExtractionException or OutOfMemoryException))
            {
                throw new ExtractionException("corrupt", "the PDF cannot be read: " + e.Message, e);
            }
        }
    }

    private SourceDocument Extract(PdfDocument document, byte[] content, string sourceName)
    {
        var pageCount = document.NumberOfPages;
        var sizes = new List<(double Width, double Height)>(pageCount);
        var pageRules = new List<List<HorizontalRule>>(pageCount);
        var lines = new List<List<PdfTextLine>>(pageCount);
        var sidewaysText = new Dictionary<int, List<string>>();
        var ocrPages = new List<int>();
        Exception? unreadable = null;
        for (var n = 1; n <= pageCount; n++)
        {
            UglyToad.PdfPig.Content.Page page;
            try
            {
                using (StageClock.Time(StageNames.PdfPages)) page = document.GetPage(n);
            }
            catch (Exception e) when (IsFontError(e))
            {
                unreadable ??= e;
                // A page whose text layer names a font the file does not carry (or carries broken) cannot be read as text,
                // but viewers still draw it: its rendering is read instead, so one bad font costs one OCR'd page, not the file.
                sizes.Add(sizes.Count > 0 ? sizes[^1] : A4);
                pageRules.Add([]);
                lines.Add([]);
                ocrPages.Add(n);
                continue;
            }
            sizes.Add((page.Width, page.Height));
            List<PdfTextLine> pageLines;
            using (StageClock.Time(StageNames.PdfLines)) pageLines = page.Letters.Count == 0 ? [] : PageLineBuilder.Build(page.Letters);
            var checks = StageClock.Time(StageNames.PdfChecks);
            if (pageLines.Count == 0 && page.Letters.Any(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                // Only rotated text: the layout steps assume horizontal lines, so keep its words in content order.
                var text = ContentOrderTextExtractor.GetText(page).Split('\n').Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
                if (text.Count > 0) sidewaysText[n - 1] = text;
            }
            // Scans and broken text layers are read from their rendering instead, page by page, so a scanned
            // signature page inside a born-digital PDF costs one OCR'd page, not the document.
            if (NeedsOcr(page, pageLines))
            {
                ocrPages.Add(n);
                pageLines = [];
                sidewaysText.Remove(n - 1);
            }
            checks.Dispose();
            // Rules are read now so the page (and its letters) can be let go: holding every page costs GC time.
            using (StageClock.Time(StageNames.PdfRules))
                pageRules.Add(pageLines.Count > 0 || ocrPages.Contains(n) ? RuleFinder.Find(page) : []);
            lines.Add(pageLines);
        }

        var properties = new Dictionary<string, string>();
        if (ocrPages.Count > 0)
        {
            var recognised = _ocr.RecognizePdfPages(content, ocrPages);
            var textPages = Enumerable.Range(0, pageCount).Where(p => lines[p].Count > 0).ToList();
            foreach (var page in recognised)
            {
                var p = page.PageNumber - 1;
                var (pageLines, rules) = OcrLineBuilder.Build(page, sizes[p].Width, sizes[p].Height);
                lines[p] = pageLines;
                pageRules[p].AddRange(rules);
            }
            OcrLineBuilder.SnapSizes(lines, ocrPages.Select(n => n - 1).ToHashSet(), BodySize(textPages.Select(p => lines[p])));
            OcrProperties.Write(properties, recognised);
        }

        // A page whose text could not be loaded and whose rendering shows nothing either is a broken file, not a blank scan.
        if (lines.All(l => l.Count == 0) && sidewaysText.Count == 0 && unreadable != null)
            throw new ExtractionException("corrupt", "the PDF cannot be read: " + unreadable.Message, unreadable);
        if (lines.All(l => l.Count == 0) && sidewaysText.Count == 0)
            throw new ExtractionException("no_text", ocrPages.Count > 0 ? "OCR found no text on the scanned pages" : "no text layer and no page images");

        List<Block> blocks;
        using (StageClock.Time(StageNames.PdfLayout)) blocks = PageSetLayout.Blocks(lines, sizes, pageRules, sidewaysText, properties);
        return new SourceDocument(sourceName, ocrPages.Count > 0 ? OcrFormat : "pdf", pageCount, blocks) { Properties = properties };
    }

    // The body size of the born-digital pages, which OCR'd pages of the same document are snapped to.
    private static double? BodySize(IEnumerable<List<PdfTextLine>> pages)
    {
        var weights = new Dictionary<double, int>();
        foreach (var line in pages.SelectMany(p => p))
            foreach (var w in line.Words)
            {
                var key = Math.Round(w.FontSize * 2) / 2;
                weights[key] = weights.GetValueOrDefault(key) + w.Text.Length;
            }
        return weights.Count == 0 ? null : weights.MaxBy(kv => kv.Value).Key;
    }
}
