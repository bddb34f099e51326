namespace MinutesIngest.Core.Documents;

/// <summary>The common document model every extractor produces and the parser reads.</summary>
public sealed record SourceDocument(string Source, string Format, int PageCount, IReadOnlyList<Block> Blocks)
{
    /// <summary>Text the extractor found outside the body that may still carry metadata (e.g. a YAML front-matter title, an HTML &lt;title&gt;).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>What the extractor had to skip or repair to read the file (a missing optional part), one sentence each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
