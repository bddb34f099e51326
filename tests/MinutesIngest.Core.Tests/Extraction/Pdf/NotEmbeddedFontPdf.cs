using System.Text;
using MinutesIngest.HostileCorpus;

namespace MinutesIngest.Core.Tests.Extraction.Pdf;

/// <summary>Hand-written PDFs for what the builder cannot make: fonts that are not embedded.</summary>
internal static class NotEmbeddedFontPdf
{
    /// <summary>
    /// One page of lines in a TrueType font that is not embedded, so a reader knows only the font's whole
    /// bounding box (here about 2.6 em wide), not the box of each glyph; letters are 0.5 em, the space 0.25 em.
    /// </summary>
    public static byte[] Page(IReadOnlyList<string> lines, double size = 12)
    {
        var content = new StringBuilder("BT\n");
        var y = 700.0;
        foreach (var line in lines)
        {
            content.Append($"/F1 {size} Tf 1 0 0 1 72 {y} Tm ({line}) Tj\n");
            y -= size * 1.5;
        }
        content.Append("ET\n");
        var widths = string.Join(" ", Enumerable.Range(32, 95).Select(c => c == 32 ? 250 : 500));
        return PdfBytes.FromObjects(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}endstream",
            "<< /Type /Font /Subtype /TrueType /BaseFont /InventedSerif /FirstChar 32 /LastChar 126 " +
                $"/Widths [{widths}] /Encoding /WinAnsiEncoding /FontDescriptor 6 0 R >>",
            "<< /Type /FontDescriptor /FontName /InventedSerif /Flags 34 /FontBBox [-568 -216 2046 693] " +
                "/ItalicAngle 0 /Ascent 891 /Descent -216 /CapHeight 662 /StemV 82 >>",
        ]);
    }
}
