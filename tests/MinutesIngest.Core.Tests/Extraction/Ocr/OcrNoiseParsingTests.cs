using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Pdf;
using MinutesIngest.Core.Tests.Extraction.Pdf;

namespace MinutesIngest.Core.Tests.Extraction.Ocr;

/// <summary>OCR'd minutes with the confusions Tesseract makes still parse into attendance, items and actions.</summary>
public sealed class OcrNoiseParsingTests
{
    private static byte[] ScannedPdf() =>
        new SyntheticPdf().Page().Png(Convert.FromBase64String(OcrRoutingTests.OnePixelPng), 0, 0, 612, 792).Build();

    [Fact]
    public void NoisyScanParsesLikeCleanText()
    {
        // 1.3° of skew: over the page width the lines drift ~58 px, more than a line's height.
        const double slope = 0.023;
        var tsv = OcrTsv.Page(
        [
            (300, 300, "Parish Council Minutes"),
            (300, 380, "Present: Cllr Joan Hart (Chair), Cllr Peter Moss"),
            (300, 480, "Apologles: Cllr Ann Reid"),
            (300, 540, "l.1 Minutes of the last meeting"),
            (300, 600, "The minutes were agreed."),
            (300, 700, "l.2 Play area"),
            (300, 760, "The swings need new chains."),
            (300, 820, "ACTlON: Cllr Moss to obtain quotes."),
            (300, 920, "l.3 Finance"),
            (300, 980, "Acti0n: Clerk to pay the insurance invoice."),
        ], slope, confidence: 78);
        var extractor = new MinutesExtractor(ocr: new ScriptedOcrEngine(_ => tsv));

        var record = extractor.Extract(ScannedPdf(), "noisy-scan.pdf");

        Assert.Equal(PdfExtractor.OcrFormat, record.Format);
        Assert.Equal(["1.1", "1.2", "1.3"], record.Items.Select(i => i.Number));
        Assert.Equal(["Minutes of the last meeting", "Play area", "Finance"], record.Items.Select(i => i.Title));
        Assert.Contains(record.Attendance, a => a.Name == "Cllr Ann Reid" && a.Status == "apologies");
        Assert.Contains(record.Attendance, a => a.Name == "Cllr Joan Hart" && a.Status == "present");
        Assert.Equal([("1.2", "Cllr Moss to obtain quotes."), ("1.3", "Clerk to pay the insurance invoice.")],
            record.Actions.Select(a => (a.Item, a.Text)));
    }

    [Fact]
    public void LinesOfOneRowStayTogetherOnASkewedPage()
    {
        // Table rows whose cells Tesseract reports as separate blocks; at this tilt the right cell of a row sits
        // 24 px lower than its left cell, a third of the way to the next row. The sentence above gives the tilt away.
        const double slope = 0.02;
        var tsv = OcrTsv.Page(
        [
            (300, 250, "The following members were present at the meeting of the council"),
            (300, 400, "Cllr Joan Hart"), (1500, 400, "Chair"), (300, 470, "Cllr Peter Moss"), (1500, 470, "Vice-Chair"),
        ], slope);
        var doc = new PdfExtractor(new ScriptedOcrEngine(_ => tsv)).Extract(ScannedPdf(), "table.pdf");

        Assert.Equal("The following members were present at the meeting of the council", BlockText.Of(doc.Blocks[0]));
        var table = Assert.IsType<TableBlock>(Assert.Single(doc.Blocks.Skip(1)));
        Assert.Equal([["Cllr Joan Hart", "Chair"], ["Cllr Peter Moss", "Vice-Chair"]],
            table.Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToArray());
    }

    [Fact]
    public void MisreadItemLabelsAreRepairedAtLineStarts()
    {
        var tsv = OcrTsv.Page(
        [
            (300, 300, "I. Welcome and apologies"),
            (300, 400, "II. Stop and search"),
            (300, 500, "II. Body-worn video"),
            (300, 600, "IV. Vetting data"),
            (300, 700, "5: Finance report"),
            (300, 800, "Item6 Any other business"),
        ]);

        var doc = new PdfExtractor(new ScriptedOcrEngine(_ => tsv)).Extract(ScannedPdf(), "labels.pdf");

        Assert.Equal(["I. Welcome and apologies", "II. Stop and search", "III. Body-worn video", "IV. Vetting data", "5. Finance report", "Item 6 Any other business"],
            doc.Blocks.Select(BlockText.Of));
    }

    [Fact]
    public void UnreadableNumberBetweenItsNeighboursIsRestored()
    {
        var tsv = OcrTsv.Page(
        [
            // Numbers set apart from their titles by a tab, as list numbering prints them.
            (300, 300, "a:"), (420, 300, "Welcome and apologies"),
            (300, 400, "2."), (420, 400, "Minutes of the last meeting"),
            (300, 500, "Zz:"), (420, 500, "Finance report"),
            (300, 600, "4."), (420, 600, "Any other business"),
        ]);

        var doc = new PdfExtractor(new ScriptedOcrEngine(_ => tsv)).Extract(ScannedPdf(), "numbers.pdf");

        Assert.Equal(["1. Welcome and apologies", "2. Minutes of the last meeting", "3. Finance report", "4. Any other business"],
            doc.Blocks.Select(BlockText.Of));
    }

    [Fact]
    public void ItemLabelsReadWithNoConfidenceOrOutOfSequenceAreRestored()
    {
        // As Tesseract read a 200 dpi scan: labels set apart from their titles come back with confidence 0 ("S" for
        // "5.", "S51" for "5.1"), a dropped dot ("61" for "6.1") and a 7 read as 1; the action log refers back to them.
        var tsv = OcrTsv.Page(
        [
            (300, 300, "4.", 80), (450, 300, "Highways maintenance", 96),
            (300, 360, "The programme was presented.", 96),
            (300, 420, "S", 0), (450, 420, "Bus service improvement plan", 96),
            (300, 480, "The bid was outlined.", 96),
            (400, 540, "S51", 0), (550, 540, "Rural transport", 96),
            (300, 600, "ACTION: Sunita to report passenger numbers.", 96),
            (300, 660, "6.", 96), (450, 660, "Speed limit policy", 96),
            (400, 720, "61", 84), (550, 720, "Village centres", 96),
            (300, 780, "ACTION: Clerk to share the list of villages.", 96),
            (300, 840, "1.", 65), (450, 840, "Work programme", 96),
            (300, 900, "ACTION: Clerk to add bus shelters to the work programme.", 96),
        ]);
        var extractor = new MinutesExtractor(ocr: new ScriptedOcrEngine(_ => tsv));

        var record = extractor.Extract(ScannedPdf(), "labels.pdf");

        Assert.Equal(["4", "5", "5.1", "6", "6.1", "7"], record.Items.Select(i => i.Number));
        Assert.Equal(["5.1", "6.1", "7"], record.Actions.Select(a => a.Item));
    }
}
