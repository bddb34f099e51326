using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Pdf;
using MinutesIngest.Core.Extraction.Layout;

namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>Reads scanned page images (PNG, JPEG, TIFF incl. multi-page) by OCR, through the same layout steps as PDF pages.</summary>
public sealed class ImageExtractor(IOcrEngine? ocr = null) : IDocumentExtractor
{
    // An image carries no page size the layout can trust (its resolution tag is often missing or wrong), so take
    // the page to be A4-wide: the layout's thresholds are in points and need text at a plausible size.
    private const double AssumedPageWidthInches = 8.27;

    private readonly IOcrEngine _ocr = ocr ?? TesseractOcrEngine.Default;

    public string Format => PdfExtractor.OcrFormat;

    public SourceDocument Extract(byte[] content, string sourceName)
    {
        var pages = _ocr.RecognizeImage(content);
        if (pages.Count == 0) throw new ExtractionException("corrupt", "the image could not be read");
        var sizes = new List<(double Width, double Height)>(pages.Count);
        var lines = new List<List<PdfTextLine>>(pages.Count);
        var rules = new List<List<HorizontalRule>>(pages.Count);
        foreach (var page in pages)
        {
            var pointsPerPixel = 72.0 * AssumedPageWidthInches / Math.Max(1, page.WidthPixels);
            var size = (page.WidthPixels * pointsPerPixel, page.HeightPixels * pointsPerPixel);
            sizes.Add(size);
            var (pageLines, pageRules) = OcrLineBuilder.Build(page, size.Item1, size.Item2);
            lines.Add(pageLines);
            rules.Add(pageRules);
        }
        OcrLineBuilder.SnapSizes(lines, Enumerable.Range(0, pages.Count).ToHashSet(), null);
        if (lines.All(l => l.Count == 0)) throw new ExtractionException("no_text", "OCR found no text in the image");

        var properties = new Dictionary<string, string>();
        OcrProperties.Write(properties, pages.Select((p, i) => p with { PageNumber = i + 1 }));
        var blocks = PageSetLayout.Blocks(lines, sizes, rules, new Dictionary<int, List<string>>(), properties);
        return new SourceDocument(sourceName, Format, pages.Count, blocks) { Properties = properties };
    }
}
