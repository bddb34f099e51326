namespace MinutesIngest.Core.Documents;

/// <summary>One unit of a document's content in reading order, tagged with the page it came from (1-based).</summary>
public abstract record Block
{
    /// <summary>1-based page number; 1 for formats without pages.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Where the block sits on its page, when the format knows (PDF); null otherwise.</summary>
    public BlockBounds? Bounds { get; init; }
}
