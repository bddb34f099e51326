namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>The column geometry of a table that ended a page, so its continuation on the next page can be recognised.</summary>
internal sealed record TableContext(IReadOnlyList<Gutter> Gutters, IReadOnlyList<double> ColumnLefts);
