namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>How a run of lines on a page is laid out.</summary>
internal enum RegionKind
{
    /// <summary>Ordinary running text, one column.</summary>
    Flow,
    /// <summary>Cells aligned in columns: read row by row.</summary>
    Table,
    /// <summary>Several columns of prose side by side: read column by column.</summary>
    Columns,
}
