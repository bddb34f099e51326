using MinutesIngest.Core.Documents;

namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>
/// The document-wide layout steps shared by born-digital and OCR'd pages: running headers and footers
/// removed (their text kept in the document's properties), margin notes and orphan labels attached, then each page's running text, tables and columns
/// assembled in reading order across page breaks.
/// </summary>
internal static class PageSetLayout
{
    public static List<Block> Blocks(
        List<List<PdfTextLine>> lines, IReadOnlyList<(double Width, double Height)> sizes,
        IReadOnlyList<List<HorizontalRule>> pageRules, IReadOnlyDictionary<int, List<string>> sidewaysText,
        IDictionary<string, string>? properties = null)
    {
        var pageCount = lines.Count;
        var (header, footer) = RunningFurnitureFilter.Apply(lines, sizes.Select(p => p.Height).ToList());
        if (properties != null && header.Count > 0) properties[RunningFurnitureFilter.HeaderProperty] = string.Join("\n", header);
        if (properties != null && footer.Count > 0) properties[RunningFurnitureFilter.FooterProperty] = string.Join("\n", footer);
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
        return assembler.Blocks();
    }
}
