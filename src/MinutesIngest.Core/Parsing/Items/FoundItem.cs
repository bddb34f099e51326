using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Core.Parsing.Items;

/// <summary>An item found by <see cref="ItemParser"/>, with the line and the character offset in that line where it starts.</summary>
public sealed record FoundItem(AgendaItem Item, int Line, int Offset);
