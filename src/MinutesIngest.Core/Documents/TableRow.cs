namespace MinutesIngest.Core.Documents;

/// <summary>One row of a <see cref="TableBlock"/>.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells);
