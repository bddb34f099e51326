using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using MinutesIngest.Core.Extraction.Ocr;

namespace MinutesIngest.Core.Tests.Extraction.Ocr;

/// <summary>
/// Turns a born-digital test PDF into a paper scan the way scripts/render-degraded-scans does for corpus/scanned: pages
/// rendered grey by pdftoppm at a scanner's resolution, a light grey diagonal watermark under the print and seeded dark
/// specks of dust, written back as an image-only PDF.
/// </summary>
internal static class RenderedScan
{
    public static byte[] Degraded(byte[] pdf, int dpi = 200, byte watermark = 175, double dust = 0.003, int seed = 1)
    {
        var folder = Directory.CreateTempSubdirectory("rendered-scan-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.pdf");
            File.WriteAllBytes(input, pdf);
            Run("pdftoppm", "-gray", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), input, Path.Combine(folder.FullName, "p"));
            var random = new Random(seed);
            var pages = Directory.GetFiles(folder.FullName, "p*.pgm").Order().Select(f => GrayImage.ReadPgm(f)!).ToList();
            foreach (var page in pages)
            {
                var px = page.Pixels;
                for (var y = 0; y < page.Height; y++)
                    for (var x = 0; x < page.Width; x++)
                        if (Math.Abs(((x - 0.8 * y) % 300 + 300) % 300 - 150) < 40 && px[y * page.Width + x] > watermark)
                            px[y * page.Width + x] = watermark;
                for (var i = 0; i < (int)(px.Length * dust); i++) px[random.Next(px.Length)] = (byte)random.Next(0, 90);
            }
            return ImageOnlyPdf(pages, dpi);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The pages scanned at <paramref name="dpi"/> and stored as a poster: each image set at one point per pixel
    /// (72 ppi), as some scanning software writes them, so the page is several times its paper size.</summary>
    public static byte[] Poster(byte[] pdf, int dpi = 200)
    {
        var folder = Directory.CreateTempSubdirectory("poster-scan-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.pdf");
            File.WriteAllBytes(input, pdf);
            Run("pdftoppm", "-gray", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), input, Path.Combine(folder.FullName, "p"));
            return ImageOnlyPdf(Directory.GetFiles(folder.FullName, "p*.pgm").Order().Select(f => GrayImage.ReadPgm(f)!).ToList(), 72);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void Run(string tool, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed: {process.StandardError.ReadToEnd()}");
    }

    // One 8-bit grey Flate image filling each page, sized for the resolution.
    private static byte[] ImageOnlyPdf(IReadOnlyList<GrayImage> pages, int dpi)
    {
        var objects = new List<byte[]>();
        var kids = new List<int>();
        var pagesId = 3 * pages.Count + 1;
        foreach (var page in pages)
        {
            var image = objects.Count + 1;
            using var compressed = new MemoryStream();
            using (var z = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true)) z.Write(page.Pixels);
            objects.Add(Stream($"<< /Type /XObject /Subtype /Image /Width {page.Width} /Height {page.Height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length {compressed.Length} >>", compressed.ToArray()));
            double w = page.Width * 72.0 / dpi, h = page.Height * 72.0 / dpi;
            var content = Encoding.ASCII.GetBytes(FormattableString.Invariant($"q {w:F2} 0 0 {h:F2} 0 0 cm /Im0 Do Q"));
            objects.Add(Stream($"<< /Length {content.Length} >>", content));
            kids.Add(objects.Count + 1);
            objects.Add(Encoding.ASCII.GetBytes(FormattableString.Invariant(
                $"<< /Type /Page /Parent {pagesId} 0 R /MediaBox [0 0 {w:F2} {h:F2}] /Resources << /XObject << /Im0 {image} 0 R >> >> /Contents {image + 1} 0 R >>")));
        }
        objects.Add(Encoding.ASCII.GetBytes($"<< /Type /Pages /Kids [{string.Join(" ", kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>"));
        objects.Add(Encoding.ASCII.GetBytes($"<< /Type /Catalog /Pages {pagesId} 0 R >>"));

        using var output = new MemoryStream();
        output.Write("%PDF-1.4\n"u8);
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            output.Write(Encoding.ASCII.GetBytes($"{i + 1} 0 obj\n"));
            output.Write(objects[i]);
            output.Write("\nendobj\n"u8);
        }
        var xref = output.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root {objects.Count} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        output.Write(Encoding.ASCII.GetBytes(table.ToString()));
        return output.ToArray();
    }

    private static byte[] Stream(string dictionary, byte[] data) =>
        [.. Encoding.ASCII.GetBytes(dictionary + "\nstream\n"), .. data, .. "\nendstream"u8.ToArray()];
}
