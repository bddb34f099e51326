namespace MinutesIngest.Core.Documents;

/// <summary>One unit of a document's content in reading order, tagged with the page it came from (1-based).</summary>
public abstract record Block
{
    /// <summary>1-based page number; 1 for formats without pages.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Where the block sits on its page, when the format knows (PDF); null otherwise.</summary>
    public BlockBounds? Bounds { get; init; }

    /// <summary>
    /// Short text printed apart from the block in a right-hand margin column, level with it (an owner such as "Clerk" or
    /// "AS" beside a paragraph's last line); kept out of the block's text so the parser decides what it means. Several
    /// notes are separated by '\n'. Null when the format has no margin or the block has none.
    /// </summary>
    public string? MarginNote { get; init; }
}
