namespace MinutesIngest.Core.Documents;

/// <summary>Plain-text rendering of blocks, shared by the parser and diagnostics.</summary>
public static class BlockText
{
    /// <summary>The block's text; list items are prefixed by their number, table rows joined by " | ".</summary>
    public static string Of(Block block) => block switch
    {
        HeadingBlock h => h.Text,
        ParagraphBlock p => p.Text,
        ListItemBlock { Number: { } n } li => n + " " + li.Text,
        ListItemBlock li => li.Text,
        TableBlock t => string.Join("\n", t.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => c.Text.Replace('\n', ' '))))),
        _ => "",
    };
}
