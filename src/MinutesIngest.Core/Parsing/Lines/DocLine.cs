namespace MinutesIngest.Core.Parsing.Lines;

/// <summary>
/// One line of document text in reading order, with where it came from. <see cref="Number"/> is a list or
/// table-column number that is not part of <see cref="Text"/> (Word/HTML auto-numbering, a "No." column).
/// </summary>
public sealed record DocLine(string Text, LineOrigin Origin, int Block, int Page)
{
    public string? Number { get; init; }
    public int Level { get; init; }
    /// <summary>Row and column for table cells; -1 otherwise.</summary>
    public int Row { get; init; } = -1;
    public int Column { get; init; } = -1;
    /// <summary>True for the first line of a block (or of a table cell).</summary>
    public bool StartsBlock { get; init; }
    /// <summary>True for a line from a narrow right-hand column of a table whose left cells hold the prose (an "Action" margin).</summary>
    public bool IsMargin { get; init; }
    /// <summary>Position in the document's line list.</summary>
    public int Index { get; init; }
}
