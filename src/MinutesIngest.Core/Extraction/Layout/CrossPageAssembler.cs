using MinutesIngest.Core.Documents;

namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>
/// Strings the pages' items together: a page break before each later page, a table continued from the
/// previous page merged into it, and a sentence cut by the page end joined with its rest.
/// </summary>
internal sealed class CrossPageAssembler
{
    private readonly List<LayoutItem> _items = [];
    private TableDraft? _openTable;

    /// <summary>The geometry of the table that ended the last page, for recognising its continuation.</summary>
    public TableContext? OpenTable => _openTable is null ? null : new TableContext(_openTable.Gutters, _openTable.ColumnLefts);

    public void AddPage(int page, IReadOnlyList<LayoutItem> pageItems)
    {
        var pendingBreak = page > 1;
        foreach (var item in pageItems)
        {
            if (pendingBreak && _openTable is not null && item.Table is { } next
                && (next.ContinuesPreviousPage || _openTable.ColumnsMatch(next)))
            {
                _openTable.Absorb(next);
                continue;
            }
            if (pendingBreak && ContinuesSentence(item))
            {
                var previous = _items.FindLastIndex(i => i.Block is not PageBreakBlock);
                var joined = AppendText(_items[previous].Block!, ((ParagraphBlock)item.Block!).Text);
                _items[previous] = new LayoutItem(joined with { MarginNote = MarginNoteAttacher.Join(joined.MarginNote, item.Block!.MarginNote) }, null);
                continue;
            }
            if (pendingBreak)
            {
                _items.Add(new LayoutItem(new PageBreakBlock { Page = page }, null));
                pendingBreak = false;
            }
            _items.Add(item);
        }
        if (pendingBreak) _items.Add(new LayoutItem(new PageBreakBlock { Page = page }, null));
        _openTable = _items.LastOrDefault(i => i.Block is not PageBreakBlock)?.Table;
    }

    public List<Block> Blocks() => _items.Select(i => i.Block ?? i.Table!.ToBlock()).ToList();

    // A paragraph cut by the page end goes on in lower case at the top of the next page.
    private bool ContinuesSentence(LayoutItem next)
    {
        if (next.Block is not ParagraphBlock { Text: { Length: > 0 } text } || !char.IsLower(text[0])) return false;
        var previousText = _items.LastOrDefault(i => i.Block is not PageBreakBlock)?.Block switch
        {
            ParagraphBlock p => p.Text,
            ListItemBlock li => li.Text,
            _ => null,
        };
        return previousText is { Length: > 0 } && !".:;!?".Contains(previousText[^1]);
    }

    private static Block AppendText(Block block, string text) => block switch
    {
        ParagraphBlock p => p with { Text = LineJoiner.Join([p.Text, text]) },
        ListItemBlock li => li with { Text = LineJoiner.Join([li.Text, text]) },
        _ => block,
    };
}
