namespace MinutesIngest.Core.Documents;

/// <summary>Marks the start of a new page (emitted before the first block of pages 2..n).</summary>
public sealed record PageBreakBlock : Block;
