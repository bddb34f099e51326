using MinutesIngest.Core.Documents;

namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>Turns one page's lines into layout items in reading order: running text, tables, then columns one after another.</summary>
internal static class PageLayoutBuilder
{
    public static List<LayoutItem> Build(
        List<PdfTextLine> lines, int page, IReadOnlyList<MarginNote> notes, IReadOnlyList<HorizontalRule> rules,
        DocumentStyle style, TableContext? carried, double pageWidth)
    {
        var items = new List<LayoutItem>();
        foreach (var region in PageRegionSegmenter.Segment(lines, carried, pageWidth))
        {
            switch (region.Kind)
            {
                case RegionKind.Table:
                    items.Add(new LayoutItem(null, TableAssembler.Build(region, page, rules)));
                    break;
                case RegionKind.Columns:
                    for (var c = 0; c <= region.Gutters.Count; c++)
                    {
                        var column = new List<PdfTextLine>();
                        foreach (var line in region.Lines)
                        {
                            var words = line.Words.Where(w => region.ColumnOf(w) == c).ToList();
                            if (words.Count > 0) column.Add(line.With(words));
                        }
                        if (column.Count == 0) continue;
                        AddFlow(items, column, page, style, null);
                    }
                    break;
                default:
                    AddFlow(items, region.Lines, page, style, style.BodyRight);
                    break;
            }
        }
        return MarginNoteAttacher.Attach(items, notes, page);
    }

    private static void AddFlow(List<LayoutItem> items, List<PdfTextLine> lines, int page, DocumentStyle style, double? right)
    {
        foreach (Block b in FlowBlockBuilder.Build(lines, page, style, right)) items.Add(new LayoutItem(b, null));
    }
}
