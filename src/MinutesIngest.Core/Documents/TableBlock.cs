namespace MinutesIngest.Core.Documents;

/// <summary>A table: rows of cells laid on a grid (merged cells repeat no text; spans say how far they reach).</summary>
public sealed record TableBlock(IReadOnlyList<TableRow> Rows) : Block
{
    /// <summary>Number of grid columns (the widest row).</summary>
    public int ColumnCount => Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Sum(c => c.ColumnSpan));
}
