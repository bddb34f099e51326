using System.Text;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Writer;

namespace MinutesIngest.Storage.Tests.Ingest;

/// <summary>A PDF's pages are read from its page tree root's bytes, or not at all: never by parsing the file.</summary>
public sealed class PdfPageCountTests
{
    [Theory]
    [InlineData("1 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 12 >> endobj", 12)]
    [InlineData("1 0 obj<</Count 7/Kids[3 0 R]/Type/Pages>>endobj", 7)]
    // An intermediate node counts fewer pages than the root, which counts them all.
    [InlineData("2 0 obj << /Type /Pages /Parent 1 0 R /Count 3 >> endobj 1 0 obj << /Type /Pages /Count 40 >> endobj", 40)]
    // A single page, an outline's count and a count in another dictionary are not the page tree's.
    [InlineData("3 0 obj << /Type /Page /Count 5 >> endobj", null)]
    [InlineData("4 0 obj << /Type /Outlines /Count 9 >> endobj", null)]
    [InlineData("5 0 obj << /Type /Pages /Kids [6 0 R] >> endobj 7 0 obj << /Count 8 >> endobj", null)]
    [InlineData("1 0 obj << /Type /Pages /Count 99999999 >> endobj", null)]
    public void The_largest_page_tree_count_in_the_bytes_is_the_page_count(string pdfText, int? expected) =>
        Assert.Equal(expected, PdfPageCount.Largest(Encoding.Latin1.GetBytes(pdfText)));

    [Fact]
    public void A_written_pdf_has_its_pages_counted_and_other_files_have_none()
    {
        using var folder = new TempFolder();
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < 3; i++) builder.AddPage(PageSize.A4);
        var pdf = Path.Combine(folder.Path, "three.pdf");
        File.WriteAllBytes(pdf, builder.Build());
        folder.Write("page.html", "<html><body>/Type /Pages /Count 4</body></html>");
        // A large file: the root sits in the last 64 KB, past a first 64 KB of filler.
        folder.Write("large.pdf", "%PDF-1.4\n" + new string('x', 200_000) + "\n1 0 obj << /Type /Pages /Count 21 >> endobj\n%%EOF");

        Assert.Equal((3, null, 21), (PdfPageCount.Read(pdf), PdfPageCount.Read(Path.Combine(folder.Path, "page.html")),
            PdfPageCount.Read(Path.Combine(folder.Path, "large.pdf"))));
    }
}
