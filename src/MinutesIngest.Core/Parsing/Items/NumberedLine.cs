namespace MinutesIngest.Core.Parsing.Items;

/// <summary>A line that starts with an item number: the number as printed (normalised), its scheme and the text after it.</summary>
public sealed record NumberedLine(string Number, NumberScheme Scheme, string Rest, bool HasDelimiter)
{
    /// <summary>Decimal parts ("6.1.2" → [6,1,2]); empty for other schemes.</summary>
    public IReadOnlyList<int> Parts => Scheme == NumberScheme.Decimal ? Number.Split('.').Select(int.Parse).ToArray() : [];
}
