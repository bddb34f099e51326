using MinutesIngest.Core.Extraction.Pdf;
using MinutesIngest.Core.Tests.Extraction.Pdf;

namespace MinutesIngest.Core.Tests.Extraction.Ocr;

/// <summary>
/// Item labels set apart from their titles (a column of numbers in the margin, letters in a hanging indent) are dropped
/// by Tesseract's page layout as isolated marks; read again on their own, the items keep their numbers.
/// </summary>
public sealed class OcrUnreadLabelTests
{
    [Fact]
    public void Labels_in_a_margin_column_apart_from_their_titles_are_read()
    {
        var typed = new SyntheticPdf().Page()
            .Text(230, 760, "MINUTES OF THE TOWN COUNCIL", 14, bold: true)
            .Text(72, 700, "1.").Text(130, 700, "CALL TO ORDER", bold: true).Text(130, 686, "The Mayor opened the meeting at 6 pm.")
            .Text(72, 650, "2.").Text(130, 650, "ROLL CALL", bold: true).Text(130, 636, "Present were five members of the council.")
            .Text(72, 600, "3.").Text(130, 600, "PUBLIC HEARINGS", bold: true)
            .Text(130, 575, "a.").Text(165, 575, "Ordinance to adopt the annual budget for the coming year")
            .Text(130, 550, "b.").Text(165, 550, "Ordinance to annex land on the river road to the town")
            .Text(130, 525, "c.").Text(165, 525, "Resolution to accept a donation of land for a park")
            .Text(130, 490, "ADJOURN", bold: true).Text(130, 476, "The meeting closed at 8 pm.")
            .Build();

        var record = MinutesExtractor.For(new ExtractionSettings()).Extract(RenderedScan.Degraded(typed, dpi: 300, watermark: 255, dust: 0), "scan.pdf");

        Assert.Equal(PdfExtractor.OcrFormat, record.Format);
        // Read on its own "c." comes back "C."; the lettered labels of its column give it its case.
        Assert.Equal(["1", "2", "3", "3.a", "3.b", "3.c"], record.Items.Select(i => i.Number));
    }
}
