using MinutesIngest.Core.Documents;

namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>One output element of a page: a finished block, or a table that may still absorb its continuation.</summary>
internal sealed record LayoutItem(Block? Block, TableDraft? Table)
{
    public double Top => Table?.Top ?? Block?.Bounds?.Top ?? 0;
}
