using System.Text;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace MinutesIngest.HostileCorpus;

/// <summary>PDFs for the hostile corpus: a real one made with PdfPig's builder, and hand-written broken ones.</summary>
public static class PdfBytes
{
    /// <summary>A small, valid one-page PDF with a text layer.</summary>
    public static byte[] Valid()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var y = 800.0;
        foreach (var line in MinutesText.Body.Split('\n'))
        {
            page.AddText(Ascii(line), 10, new UglyToad.PdfPig.Core.PdfPoint(40, y), font);
            y -= 14;
        }
        return builder.Build();
    }

    /// <summary>A PDF from its numbered objects, with a correct cross-reference table.</summary>
    public static byte[] FromObjects(IReadOnlyList<string> objects, string trailerExtra = "", string header = "%PDF-1.4\n")
    {
        var sb = new StringBuilder(header);
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(sb.Length);
            sb.Append($"{i + 1} 0 obj {objects[i]} endobj\n");
        }
        var xref = sb.Length;
        sb.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) sb.Append($"{offset:D10} 00000 n \n");
        sb.Append($"trailer << /Size {objects.Count + 1} /Root 1 0 R {trailerExtra}>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    /// <summary>Standard security handler whose user password is not the empty one.</summary>
    public static byte[] Encrypted()
    {
        static string Key(int seed) => string.Concat(Enumerable.Range(0, 32).Select(i => ((i * 37 + seed) % 256).ToString("X2")));
        return FromObjects(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
            $"<< /Filter /Standard /V 1 /R 2 /O <{Key(11)}> /U <{Key(71)}> /P -44 >>",
        ], "/Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] ");
    }

    /// <summary>A page tree whose node lists itself as its own kid, and a resource that refers to itself.</summary>
    public static byte[] Cyclic() => FromObjects(
    [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 4 0 R >>",
        "<< /Font 4 0 R /XObject 4 0 R >>",
    ]);

    /// <summary>A content stream that declares a huge length and never ends.</summary>
    public static byte[] UnboundedStream()
    {
        var head = FromObjects(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        ]);
        // No xref after the stream: a reader has to scan, and the stream's end never comes.
        var text = Encoding.Latin1.GetString(head);
        text = text[..text.IndexOf("xref", StringComparison.Ordinal)];
        var sb = new StringBuilder(text);
        sb.Append("4 0 obj << /Length 2147483647 >>\nstream\n");
        for (var i = 0; i < 20_000; i++) sb.Append("BT /F1 12 Tf 72 712 Td (unbounded) Tj ET\n");
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    /// <summary>A well-formed document with an empty page tree.</summary>
    public static byte[] ZeroPages() => FromObjects(
    [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [] /Count 0 >>",
    ]);

    private static string Ascii(string line) => line.Replace("é", "e").Replace("ë", "e").Replace("ü", "u").Replace("£", "GBP ");
}
