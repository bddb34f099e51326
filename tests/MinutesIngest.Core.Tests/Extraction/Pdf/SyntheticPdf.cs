using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState;
using UglyToad.PdfPig.Writer;

namespace MinutesIngest.Core.Tests.Extraction.Pdf;

/// <summary>Builds small test PDFs in-process: text at given positions on A4-ish pages, optional rules.</summary>
internal sealed class SyntheticPdf
{
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private PdfPageBuilder? _page;

    public SyntheticPdf()
    {
        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
    }

    public const double PageWidth = 612;
    public const double PageHeight = 792;

    public SyntheticPdf Page()
    {
        _page = _builder.AddPage(PageWidth, PageHeight);
        return this;
    }

    public SyntheticPdf Text(double x, double y, string text, double size = 11, bool bold = false)
    {
        (_page ?? throw new InvalidOperationException("call Page() first")).AddText(text, size, new PdfPoint(x, y), bold ? _bold : _regular);
        return this;
    }

    /// <summary>Text drawn in render mode 3 (painted nowhere), the way OCR software lays its reading over a scanned picture.</summary>
    public SyntheticPdf InvisibleText(double x, double y, string text, double size = 11)
    {
        var page = _page ?? throw new InvalidOperationException("call Page() first");
        page.SetTextRenderingMode(TextRenderingMode.Neither);
        page.AddText(text, size, new PdfPoint(x, y), _regular);
        page.SetTextRenderingMode(TextRenderingMode.Fill);
        return this;
    }

    /// <summary>
    /// Text placed one letter at a time with <paramref name="tracking"/> points after every letter, and a word gap of
    /// a space plus that tracking with no space glyph, the way producers that position each letter draw spaced text.
    /// </summary>
    public SyntheticPdf SpacedText(double x, double y, string text, double tracking, double size = 11)
    {
        var page = _page ?? throw new InvalidOperationException("call Page() first");
        var space = page.MeasureText(" ", size, new PdfPoint(0, 0), _regular)[0].Width;
        foreach (var c in text)
        {
            if (c == ' ') { x += space + tracking; continue; }
            var letter = page.AddText(c.ToString(), size, new PdfPoint(x, y), _regular);
            x = letter[0].EndBaseLine.X + tracking;
        }
        return this;
    }

    /// <summary>Several lines starting at (x, y) going down with the given leading.</summary>
    public SyntheticPdf Lines(double x, double y, IEnumerable<string> lines, double size = 11, double leading = 14)
    {
        foreach (var line in lines)
        {
            Text(x, y, line, size);
            y -= leading;
        }
        return this;
    }

    /// <summary>
    /// Wraps the text into lines no wider than <paramref name="width"/> the way a word processor does
    /// (a word moves to the next line only when it does not fit) and writes them from (x, y) down.
    /// </summary>
    public SyntheticPdf Paragraph(double x, double y, double width, string text, double size = 11, double leading = 14)
    {
        var page = _page ?? throw new InvalidOperationException("call Page() first");
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            var letters = page.MeasureText(candidate, size, new PdfPoint(x, y), _regular);
            if (current.Length > 0 && letters[^1].EndBaseLine.X - x > width)
            {
                lines.Add(current);
                current = word;
            }
            else current = candidate;
        }
        if (current.Length > 0) lines.Add(current);
        return Lines(x, y, lines, size, leading);
    }

    /// <summary>Text running upwards (rotated 90°), as on a landscape page printed sideways; use on a page of its own.</summary>
    public SyntheticPdf SidewaysText(double x, double y, string text, double size = 11)
    {
        var stream = (_page ?? throw new InvalidOperationException("call Page() first")).CurrentStream;
        // The builder exposes no rotation; the content stream's Add takes any graphics operation.
        stream.GetType().GetMethod("Add")!.Invoke(stream, [new ModifyCurrentTransformationMatrix([0, 1, -1, 0, x, y])]);
        _page.AddText(text, size, new PdfPoint(0, 0), _regular);
        return this;
    }

    public SyntheticPdf Rule(double x1, double x2, double y)
    {
        (_page ?? throw new InvalidOperationException("call Page() first")).DrawLine(new PdfPoint(x1, y), new PdfPoint(x2, y), 0.5);
        return this;
    }

    public SyntheticPdf Png(byte[] png, double x, double y, double w, double h)
    {
        (_page ?? throw new InvalidOperationException("call Page() first")).AddPng(png, new PdfRectangle(x, y, x + w, y + h));
        return this;
    }

    public byte[] Build() => _builder.Build();
}
