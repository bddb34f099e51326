namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>Consecutive lines of one page that share a layout, with the gutters between their columns.</summary>
internal sealed class LayoutRegion(RegionKind kind, List<PdfTextLine> lines, IReadOnlyList<Gutter> gutters)
{
    public RegionKind Kind { get; set; } = kind;
    public List<PdfTextLine> Lines { get; } = lines;
    public IReadOnlyList<Gutter> Gutters { get; } = gutters;

    /// <summary>True when the region continues a table from the end of the previous page.</summary>
    public bool ContinuesPreviousPage { get; init; }

    /// <summary>0-based column of a word, by which gutters its centre lies beyond.</summary>
    public int ColumnOf(PdfWord word)
    {
        var c = 0;
        while (c < Gutters.Count && word.CenterX > Gutters[c].Mid) c++;
        return c;
    }
}
