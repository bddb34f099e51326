using MinutesIngest.Core.Documents;

namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>
/// Puts each margin note in a table row beside the block it sits next to: "paragraph | NS". Consecutive
/// annotated blocks share one two-column table.
/// </summary>
internal static class MarginNoteAttacher
{
    public static List<LayoutItem> Attach(List<LayoutItem> items, IReadOnlyList<MarginNote> notes, int page)
    {
        if (notes.Count == 0) return items;
        var notesByItem = new Dictionary<int, List<MarginNote>>();
        var unplaced = new List<MarginNote>();
        foreach (var note in notes)
        {
            var target = FindTarget(items, note);
            if (target < 0) { unplaced.Add(note); continue; }
            if (!notesByItem.TryGetValue(target, out var list)) notesByItem[target] = list = [];
            list.Add(note);
        }

        var result = new List<LayoutItem>(items.Count);
        List<TableRow>? rows = null;
        BlockBounds? tableBounds = null;
        void CloseTable()
        {
            if (rows is null) return;
            result.Add(new LayoutItem(new TableBlock(rows) { Page = page, Bounds = tableBounds }, null));
            rows = null;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (!notesByItem.TryGetValue(i, out var attached) || items[i].Block is not { } block)
            {
                CloseTable();
                result.Add(items[i]);
                continue;
            }
            var noteText = string.Join(", ", attached.OrderByDescending(n => n.Top).Select(n => n.Text));
            var row = new TableRow([new TableCell([block]), new TableCell([new ParagraphBlock(noteText) { Page = page }])]);
            var bounds = block.Bounds is { } b
                ? new BlockBounds(b.Left, Math.Min(b.Bottom, attached.Min(n => n.Bottom)), Math.Max(b.Right, attached.Max(n => n.Right)), Math.Max(b.Top, attached.Max(n => n.Top)))
                : null;
            if (rows is null) { rows = []; tableBounds = bounds; }
            else if (tableBounds is { } tb && bounds is { } nb)
                tableBounds = new BlockBounds(Math.Min(tb.Left, nb.Left), Math.Min(tb.Bottom, nb.Bottom), Math.Max(tb.Right, nb.Right), Math.Max(tb.Top, nb.Top));
            rows.Add(row);
        }
        CloseTable();

        foreach (var note in unplaced)
            result.Add(new LayoutItem(new ParagraphBlock(note.Text) { Page = page, Bounds = new BlockBounds(note.Left, note.Bottom, note.Right, note.Top) }, null));
        return result;
    }

    // The text block whose lines span the note's height, else the nearest one above it.
    private static int FindTarget(List<LayoutItem> items, MarginNote note)
    {
        var best = -1;
        var bestDistance = double.MaxValue;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Block is not { Bounds: { } b } block || block is TableBlock or PageBreakBlock) continue;
            var y = note.CenterY;
            double distance;
            if (y >= b.Bottom - 1 && y <= b.Top + 1) distance = 0;
            else if (y > b.Top) distance = y - b.Top + 5; // below a block's top edge is preferred: notes sit beside the last line
            else distance = b.Bottom - y;
            if (distance < bestDistance) { bestDistance = distance; best = i; }
        }
        return bestDistance <= 30 ? best : -1;
    }
}
