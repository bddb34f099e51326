namespace MinutesIngest.Core.Documents;

/// <summary>
/// One cell. Its content is a list of blocks (paragraphs, list items) so numbered lists and several
/// paragraphs inside a cell survive; <see cref="Text"/> joins them with '\n'.
/// </summary>
public sealed record TableCell(IReadOnlyList<Block> Content, int ColumnSpan = 1, int RowSpan = 1)
{
    /// <summary>The cell's text, one line per contained block (list items keep their number).</summary>
    public string Text => string.Join("\n", Content.Select(BlockText.Of).Where(t => t.Length > 0));

    /// <summary>A cell holding plain text, one paragraph per line.</summary>
    public static TableCell FromText(string text, int columnSpan = 1, int rowSpan = 1) =>
        new(text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)
                .Select(l => (Block)new ParagraphBlock(l)).ToList(), columnSpan, rowSpan);
}
