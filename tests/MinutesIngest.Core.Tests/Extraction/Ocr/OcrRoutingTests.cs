using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction;
using MinutesIngest.Core.Extraction.Ocr;
using MinutesIngest.Core.Extraction.Pdf;
using MinutesIngest.Core.Tests.Extraction.Pdf;

namespace MinutesIngest.Core.Tests.Extraction.Ocr;

/// <summary>Which pages go to OCR: pages with a usable text layer are read as text, pages without one (or with junk) are OCR'd.</summary>
public sealed class OcrRoutingTests
{
    internal const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private static readonly string ScannedLines = OcrTsv.Page([(300, 400, "Signed as a true record"), (300, 600, "Chair of the meeting")]);

    [Fact]
    public void TextPagesAreNotOcrd()
    {
        var ocr = new ScriptedOcrEngine();
        var pdf = new SyntheticPdf().Page().Text(72, 700, "The minutes of the last meeting were agreed.").Build();

        var doc = new PdfExtractor(ocr).Extract(pdf, "typed.pdf");

        Assert.Empty(ocr.PdfPagesAsked);
        Assert.Equal("pdf", doc.Format);
        Assert.Empty(OcrProperties.PageConfidences(doc));
    }

    [Fact]
    public void ImageOnlyPageIsOcrdAndItsWordsBecomeBlocks()
    {
        var ocr = new ScriptedOcrEngine(_ => ScannedLines);
        var pdf = new SyntheticPdf().Page().Png(Convert.FromBase64String(OnePixelPng), 0, 0, 612, 792).Build();

        var doc = new PdfExtractor(ocr).Extract(pdf, "scan.pdf");

        Assert.Equal([1], ocr.PdfPagesAsked);
        Assert.Equal(PdfExtractor.OcrFormat, doc.Format);
        Assert.Equal(["Signed as a true record", "Chair of the meeting"], doc.Blocks.Select(BlockText.Of));
        Assert.Equal(91.0, Assert.Single(OcrProperties.PageConfidences(doc)));
    }

    [Fact]
    public void TextDrawnAsOutlinesIsOcrdButAFewRulesAreNot()
    {
        // Text printed "as shapes" leaves no letters and no image, only hundreds of filled paths per page.
        var ocr = new ScriptedOcrEngine(_ => ScannedLines);
        var drawn = new SyntheticPdf().Page();
        for (var k = 0; k < 300; k++) drawn.Rule(72 + k % 60 * 8, 76 + k % 60 * 8, 700 - k / 60 * 14);
        var ruled = new SyntheticPdf().Page().Rule(72, 540, 700).Rule(72, 540, 400);

        var doc = new PdfExtractor(ocr).Extract(drawn.Build(), "outlines.pdf");

        Assert.Equal([1], ocr.PdfPagesAsked);
        Assert.Equal(["Signed as a true record", "Chair of the meeting"], doc.Blocks.Select(BlockText.Of));
        var blank = Assert.Throws<ExtractionException>(() => new PdfExtractor(ocr).Extract(ruled.Build(), "form.pdf"));
        Assert.Equal("no_text", blank.Reason);
        Assert.Equal([1], ocr.PdfPagesAsked);
    }

    [Fact]
    public void MixedPdfOcrsOnlyTheScannedPage()
    {
        var ocr = new ScriptedOcrEngine(_ => ScannedLines);
        var pdf = new SyntheticPdf()
            .Page().Text(72, 700, "1. Apologies were received from Cllr Hart.")
            .Page().Png(Convert.FromBase64String(OnePixelPng), 0, 0, 612, 792)
            .Page().Text(72, 700, "3. The meeting closed at 9pm.")
            .Build();

        var doc = new PdfExtractor(ocr).Extract(pdf, "mixed.pdf");

        Assert.Equal([2], ocr.PdfPagesAsked);
        Assert.Equal(PdfExtractor.OcrFormat, doc.Format);
        var text = doc.Blocks.Where(b => b is not PageBreakBlock).Select(b => (b.Page, BlockText.Of(b))).ToList();
        Assert.Equal([(1, "1. Apologies were received from Cllr Hart."), (2, "Signed as a true record"), (2, "Chair of the meeting"), (3, "3. The meeting closed at 9pm.")], text);
        Assert.Equal([null, 91.0, null], OcrProperties.PageConfidences(doc));
    }

    [Theory]
    // A copier's "searchable PDF": its own OCR drawn invisibly over the page picture is read again from the picture.
    [InlineData(true, true)]
    // Printed text beside a picture (a letterhead crest) is the page's real text.
    [InlineData(false, false)]
    public void A_scan_under_an_invisible_text_layer_is_ocrd_and_printed_text_beside_a_picture_is_not(bool invisible, bool ocrd)
    {
        var ocr = new ScriptedOcrEngine(_ => ScannedLines);
        const string text = "The rninutes of the Iast meeting were agreed.";
        var page = new SyntheticPdf().Page().Png(Convert.FromBase64String(OnePixelPng), 0, 0, 612, 792);
        var pdf = (invisible ? page.InvisibleText(72, 700, text) : page.Text(72, 700, text)).Build();

        var doc = new PdfExtractor(ocr).Extract(pdf, "page.pdf");

        Assert.Equal(ocrd ? [1] : [], ocr.PdfPagesAsked);
        Assert.Equal(ocrd ? PdfExtractor.OcrFormat : "pdf", doc.Format);
        Assert.Equal(ocrd ? ["Signed as a true record", "Chair of the meeting"] : [text], doc.Blocks.Select(BlockText.Of));
    }

    [Fact]
    public void JunkTextLayerIsOcrdInstead()
    {
        var ocr = new ScriptedOcrEngine(_ => ScannedLines);
        // A broken font encoding: every glyph maps to the same character.
        var pdf = new SyntheticPdf().Page()
            .Lines(72, 700, ["########## ######## ####", "####### ###### ######## ####"])
            .Build();

        var doc = new PdfExtractor(ocr).Extract(pdf, "junk.pdf");

        Assert.Equal([1], ocr.PdfPagesAsked);
        Assert.Equal(["Signed as a true record", "Chair of the meeting"], doc.Blocks.Select(BlockText.Of));
    }

    [Fact]
    public void TextWithoutDictionaryWordsIsJunkButShortTextIsNot()
    {
        var ocr = new ScriptedOcrEngine(_ => ScannedLines);
        var nonsense = new SyntheticPdf().Page().Lines(72, 700, ["Qzx vbnq trlp wkd", "mmpt zzq rrtv plok", "xkcd qqwr"]).Build();
        var shortText = new SyntheticPdf().Page().Text(72, 700, "Appendix B").Build();

        new PdfExtractor(ocr).Extract(nonsense, "nonsense.pdf");
        new PdfExtractor(ocr).Extract(shortText, "short.pdf");

        Assert.Equal([1], ocr.PdfPagesAsked);
    }

    [Theory]
    // A font whose codes are offset from Unicode: letters come out as digits and symbols.
    [InlineData(new[] { "6',8 /398+74,8.+2++8/3-.+1*43 8.", "+)1'6'8/4374,38+6+78 \"*'4'9'4'010'", "116'9*;+11 %/)+.'/62'3 &+)" }, true)]
    // A page of figures is text, though it has few letters.
    [InlineData(new[] { "Total income 12,450.00 11,980.50", "Grants 3,200.00 2,950.00 (250.00)", "Hall hire 1,120.00 1,340.00 220.00" }, false)]
    public void A_page_of_shifted_glyph_codes_is_ocrd_and_a_page_of_figures_is_not(string[] lines, bool ocrd)
    {
        var ocr = new ScriptedOcrEngine(_ => ScannedLines);
        var pdf = new SyntheticPdf().Page().Lines(72, 700, lines).Build();

        new PdfExtractor(ocr).Extract(pdf, "page.pdf");

        Assert.Equal(ocrd ? [1] : [], ocr.PdfPagesAsked);
    }

    [Theory]
    [InlineData("scan.png", "iVBORw0KGgo=")]
    [InlineData("scan.jpg", "/9j/4AAQSkZJRgABAQ==")]
    [InlineData("scan.tif", "SUkqAAgAAAA=")]
    public void ImageFilesGoToTheImageExtractor(string name, string headBase64)
    {
        var selector = new ExtractorSelector(new ScriptedOcrEngine());

        var extractor = selector.Select(Convert.FromBase64String(headBase64), name);

        Assert.IsType<ImageExtractor>(extractor);
        Assert.Equal("pdf-ocr", extractor.Format);
    }

    [Fact]
    public void ImageFileWordsGoThroughTheLayout()
    {
        var ocr = new ScriptedOcrEngine(_ => ScannedLines);

        var doc = new ImageExtractor(ocr).Extract([0x89, (byte)'P', (byte)'N', (byte)'G'], "page.png");

        Assert.Equal(1, ocr.ImagesAsked);
        Assert.Equal("pdf-ocr", doc.Format);
        Assert.Equal(["Signed as a true record", "Chair of the meeting"], doc.Blocks.Select(BlockText.Of));
    }

    [Fact]
    public void A_page_whose_font_the_file_does_not_carry_is_read_from_its_rendering()
    {
        var ocr = new ScriptedOcrEngine(_ => ScannedLines);

        var doc = new PdfExtractor(ocr).Extract(TwoPagesSecondWithMissingFont(), "missing-font.pdf");

        Assert.Equal([2], ocr.PdfPagesAsked);
        Assert.Equal(["Minutes of the Garden Club", "Signed as a true record", "Chair of the meeting"], doc.Blocks.Select(BlockText.Of).Where(t => t.Length > 0));
    }

    // Page 2's text is set in /F5, which its resources never define: PDF writers that drop an unused-looking font do this.
    private static byte[] TwoPagesSecondWithMissingFont()
    {
        string[] contents = ["BT /F1 14 Tf 72 700 Td (Minutes of the Garden Club) Tj ET", "BT /F5 12 Tf 72 700 Td (Signed as a true record) Tj ET"];
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 6 0 R >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 7 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        };
        objects.AddRange(contents.Select(c => $"<< /Length {c.Length} >>\nstream\n{c}\nendstream"));
        var pdf = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) pdf.Append($"{o:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
