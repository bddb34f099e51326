using MinutesIngest.Core.Documents;

namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>A table being assembled: cell texts per row, kept open so a continuation on the next page can be merged in.</summary>
internal sealed class TableDraft(int page, IReadOnlyList<Gutter> gutters, IReadOnlyList<double> columnLefts)
{
    public int Page { get; } = page;
    public IReadOnlyList<Gutter> Gutters { get; } = gutters;
    public IReadOnlyList<double> ColumnLefts { get; } = columnLefts;
    public List<List<string>> Rows { get; } = [];
    public bool ContinuesPreviousPage { get; init; }
    public double Left { get; set; } = double.MaxValue;
    public double Right { get; set; } = double.MinValue;
    public double Bottom { get; set; } = double.MaxValue;
    public double Top { get; set; } = double.MinValue;

    public int ColumnCount => Gutters.Count + 1;

    /// <summary>True when the other table's columns start where this one's do.</summary>
    public bool ColumnsMatch(TableDraft other) =>
        other.ColumnCount == ColumnCount
        && ColumnLefts.Zip(other.ColumnLefts).All(p => double.IsNaN(p.First) || double.IsNaN(p.Second) || Math.Abs(p.First - p.Second) <= 6);

    /// <summary>
    /// Appends the other table's rows; a first row without a first cell, or whose cells all go on in lower case,
    /// continues this table's last row.
    /// </summary>
    public void Absorb(TableDraft other)
    {
        var rows = other.Rows;
        var start = 0;
        // A header row repeated at the top of the next page is not a row of data.
        if (Rows.Count > 0 && rows.Count > 0 && rows[0].SequenceEqual(Rows[0])) start = 1;
        if (Rows.Count > 0 && rows.Count > start && (rows[start][0].Length == 0 || rows[start].All(c => c.Length == 0 || char.IsLower(c[0]))))
        {
            var last = Rows[^1];
            for (var c = 0; c < last.Count; c++) last[c] = LineJoiner.Join([last[c], rows[start][c]]);
            start++;
        }
        for (var r = start; r < rows.Count; r++) Rows.Add(rows[r]);
    }

    public TableBlock ToBlock()
    {
        var rows = Rows.Select(r => new TableRow(r.Select(text => text.Length == 0
            ? new TableCell([])
            : new TableCell(text.Split('\n').Select(line => (Block)new ParagraphBlock(line) { Page = Page }).ToList())).ToList())).ToList();
        return new TableBlock(rows) { Page = Page, Bounds = new BlockBounds(Left, Bottom, Right, Top) };
    }
}
