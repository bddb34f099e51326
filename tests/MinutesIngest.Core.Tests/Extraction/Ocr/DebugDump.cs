using MinutesIngest.Core.Extraction.Ocr;
namespace MinutesIngest.Core.Tests.Extraction.Ocr;
public sealed class DebugDump
{
    [Fact]
    public void Dump()
    {
        var path = Environment.GetEnvironmentVariable("OCR_DUMP");
        if (path == null) return;
        var pages = new TesseractOcrEngine().RecognizePdfPages(File.ReadAllBytes(path), [int.Parse(Environment.GetEnvironmentVariable("OCR_PAGE") ?? "1")]);
        using var w = new StreamWriter("/tmp/ocrt/dump.txt");
        var p = pages[0];
        w.WriteLine($"skew {OcrSkew.Estimate(p.Words)} size {p.WidthPixels}x{p.HeightPixels}");
        foreach (var x in p.Words) w.WriteLine($"b{x.Block} p{x.Paragraph} l{x.Line} [{x.Left},{x.Top} {x.Width}x{x.Height}] {x.Confidence:0} {x.Text}");
        w.WriteLine("---");
        foreach (var l in OcrLineBuilder.Build(p, 595, 842)) w.WriteLine(l.ToString() + " size " + l.FontSize.ToString("0.0"));
    }
}
