using MinutesIngest.Core.Documents;

namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>
/// Gives each margin note to the block it sits beside, as the block's <see cref="Block.MarginNote"/>; a note with no
/// block near it stays a paragraph of its own.
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

        var result = new List<LayoutItem>(items.Count + unplaced.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (!notesByItem.TryGetValue(i, out var attached) || items[i].Block is not { } block)
            {
                result.Add(items[i]);
                continue;
            }
            var noteText = string.Join("\n", attached.OrderByDescending(n => n.Top).Select(n => n.Text));
            result.Add(new LayoutItem(block with { MarginNote = Join(block.MarginNote, noteText) }, null));
        }

        foreach (var note in unplaced)
            result.Add(new LayoutItem(new ParagraphBlock(note.Text) { Page = page, Bounds = new BlockBounds(note.Left, note.Bottom, note.Right, note.Top) }, null));
        return result;
    }

    /// <summary>Two blocks' notes when their text is joined (a paragraph that goes on over a page end).</summary>
    public static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : first + "\n" + second;

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
