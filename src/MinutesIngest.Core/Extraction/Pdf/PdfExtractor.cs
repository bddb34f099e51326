using MinutesIngest.Core.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace MinutesIngest.Core.Extraction.Pdf;

/// <summary>
/// Extracts PDF files into the block model: letters → words → lines, running headers and footers
/// removed, then per page running text, tables and columns in reading order.
/// </summary>
public sealed class PdfExtractor : IDocumentExtractor
{
    public string Format => "pdf";

    public SourceDocument Extract(byte[] content, string sourceName)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true });
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new ExtractionException("encrypted", "the PDF is encrypted", e);
        }
        catch (Exception e) when (e is not (ExtractionException or OutOfMemoryException))
        {
            throw new ExtractionException("corrupt", "the PDF cannot be read: " + e.Message, e);
        }

        using (document)
        {
            try
            {
                return Extract(document, sourceName);
            }
            catch (PdfDocumentEncryptedException e)
            {
                throw new ExtractionException("encrypted", "the PDF is encrypted", e);
            }
            catch (Exception e) when (e is not (ExtractionException or OutOfMemoryException))
            {
                throw new ExtractionException("corrupt", "the PDF cannot be read: " + e.Message, e);
            }
        }
    }

    private static SourceDocument Extract(PdfDocument document, string sourceName)
    {
        var pageCount = document.NumberOfPages;
        var sizes = new List<(double Width, double Height)>(pageCount);
        var pageRules = new List<List<HorizontalRule>>(pageCount);
        var lines = new List<List<PdfTextLine>>(pageCount);
        var sidewaysText = new Dictionary<int, List<string>>();
        var anyText = false;
        for (var n = 1; n <= pageCount; n++)
        {
            var page = document.GetPage(n);
            sizes.Add((page.Width, page.Height));
            // A page without letters is blank or a scan that would need OCR; either way it adds no text.
            var pageLines = page.Letters.Count == 0 ? [] : PageLineBuilder.Build(page.Letters);
            if (pageLines.Count == 0 && page.Letters.Any(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                // Only rotated text: the layout steps assume horizontal lines, so keep its words in content order.
                var text = ContentOrderTextExtractor.GetText(page).Split('\n').Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
                if (text.Count > 0) sidewaysText[n - 1] = text;
            }
            anyText |= pageLines.Count > 0 || sidewaysText.ContainsKey(n - 1);
            // Rules are read now so the page (and its letters) can be let go: holding every page costs GC time.
            pageRules.Add(pageLines.Count > 0 ? RuleFinder.Find(page) : []);
            lines.Add(pageLines);
        }
        if (!anyText)
            throw new ExtractionException("no_text", "no text layer; the PDF looks scanned");

        RunningFurnitureFilter.Apply(lines, sizes.Select(p => p.Height).ToList());
        var notes = MarginNoteExtractor.Extract(lines, sizes.Select(p => p.Width).ToList());
        foreach (var pageLines in lines) OrphanLabelJoiner.Apply(pageLines);
        var style = DocumentStyle.Measure(lines);

        var assembler = new CrossPageAssembler();
        for (var p = 0; p < pageCount; p++)
        {
            var pageItems = sidewaysText.TryGetValue(p, out var sideways)
                ? sideways.Select(t => new LayoutItem(new ParagraphBlock(t) { Page = p + 1 }, null)).ToList()
                : PageLayoutBuilder.Build(lines[p], p + 1, notes[p], pageRules[p], style, assembler.OpenTable, sizes[p].Width);
            assembler.AddPage(p + 1, pageItems);
        }

        return new SourceDocument(sourceName, "pdf", pageCount, assembler.Blocks());
    }
}
