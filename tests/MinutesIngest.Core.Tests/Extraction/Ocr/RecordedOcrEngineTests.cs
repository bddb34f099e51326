using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Ocr;
using MinutesIngest.Core.Extraction.Pdf;
using MinutesIngest.Core.Tests.Extraction.Pdf;

namespace MinutesIngest.Core.Tests.Extraction.Ocr;

/// <summary>A scan read in parts: the pages found to need OCR are the ones extraction asks for, and pages read earlier, replayed, give the same document.</summary>
public sealed class RecordedOcrEngineTests
{
    private static readonly byte[] Mixed = new SyntheticPdf()
        .Page().Text(72, 700, "1. Apologies were received.")
        .Page().Png(Convert.FromBase64String(OcrRoutingTests.OnePixelPng), 0, 0, 612, 792)
        .Page().Text(72, 700, "3. The meeting closed.")
        .Page().Png(Convert.FromBase64String(OcrRoutingTests.OnePixelPng), 0, 0, 612, 792)
        .Build();

    private static string ScannedPage(int page) => OcrTsv.Page([(300, 400, $"Scanned page {page} heading"), (300, 600, $"Signed on page {page}")]);

    [Fact]
    public void The_pages_found_to_need_ocr_are_the_pages_extraction_asks_for()
    {
        var ocr = new ScriptedOcrEngine(ScannedPage);
        new PdfExtractor(ocr).Extract(Mixed, "mixed.pdf");

        Assert.Equal([2, 4], PdfExtractor.PagesNeedingOcr(Mixed));
        Assert.Equal(ocr.PdfPagesAsked, PdfExtractor.PagesNeedingOcr(Mixed));
    }

    [Fact]
    public void Pages_read_in_parts_and_replayed_give_the_document_one_reading_gives()
    {
        var whole = new PdfExtractor(new ScriptedOcrEngine(ScannedPage)).Extract(Mixed, "mixed.pdf");
        var parts = new ScriptedOcrEngine(ScannedPage);
        var recorded = parts.RecognizePdfPages(Mixed, [2]).Concat(parts.RecognizePdfPages(Mixed, [4])).ToList();
        var fallback = new ScriptedOcrEngine(ScannedPage);

        var replayed = new PdfExtractor(new RecordedOcrEngine(recorded, fallback)).Extract(Mixed, "mixed.pdf");

        Assert.Empty(fallback.PdfPagesAsked);
        Assert.Equal(whole.Blocks.Select(b => (b.Page, BlockText.Of(b))), replayed.Blocks.Select(b => (b.Page, BlockText.Of(b))));
        Assert.Equal(OcrProperties.PageConfidences(whole), OcrProperties.PageConfidences(replayed));
    }

    [Fact]
    public void A_page_not_recorded_is_read_by_the_fallback()
    {
        var fallback = new ScriptedOcrEngine(ScannedPage);
        var engine = new RecordedOcrEngine([new ScriptedOcrEngine(ScannedPage).RecognizePdfPages(Mixed, [2]).Single()], fallback);

        var pages = engine.RecognizePdfPages(Mixed, [2, 4]);

        Assert.Equal([4], fallback.PdfPagesAsked);
        Assert.Equal([2, 4], pages.Select(p => p.PageNumber));
    }
}
