using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace CorpusGen;

/// <summary>Renders a PDF source description with PdfPig's writer: flowed text, tables, a right-hand action
/// column, two-column pages and a running header/footer that knows the page count.</summary>
internal static class PdfRenderer
{
    public static byte[] Render(IReadOnlyList<SourceLine> lines)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);

        // Measuring needs a page; a separate builder keeps the scratch page out of the output.
        var scratchBuilder = new PdfDocumentBuilder();
        var scratchRegular = scratchBuilder.AddStandard14Font(Standard14Font.Helvetica);
        var scratchBold = scratchBuilder.AddStandard14Font(Standard14Font.HelveticaBold);
        var scratch = scratchBuilder.AddPage(PageSize.A4);
        double Measure(string text, bool isBold, double size)
        {
            if (text.Length == 0)
            {
                return 0;
            }

            var letters = scratch.MeasureText(text, size, new PdfPoint(0, 0), isBold ? scratchBold : scratchRegular);
            return letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
        }

        var layout = new PdfLayout(Measure);
        layout.Run(lines);

        var total = layout.Pages.Count;
        for (var index = 0; index < total; index++)
        {
            var page = builder.AddPage(PageSize.A4);
            foreach (var draw in layout.Pages[index])
            {
                page.AddText(draw.Text, draw.Size, new PdfPoint(draw.X, draw.Y), draw.Bold ? bold : regular);
            }

            if (layout.Header is { } header)
            {
                page.AddText(Fill(header, index + 1, total), 8, new PdfPoint(PdfLayout.Left, PdfLayout.PageHeight - 34), regular);
            }

            if (layout.Footer is { } footer)
            {
                var text = Fill(footer, index + 1, total);
                var width = Measure(text, false, 8);
                page.AddText(text, 8, new PdfPoint((PdfLayout.PageWidth - width) / 2, 30), regular);
            }
        }

        return builder.Build();
    }

    private static string Fill(string template, int page, int total) =>
        template.Replace("{n}", page.ToString(), StringComparison.Ordinal).Replace("{m}", total.ToString(), StringComparison.Ordinal);
}
