namespace MinutesIngest.Core.Parsing.Lexicon;

/// <summary>A line that starts with an item label: the number as printed (normalised), its scheme and the text after it.</summary>
public sealed record NumberedLine(string Number, NumberScheme Scheme, string Rest, bool HasDelimiter)
{
    /// <summary>Decimal parts ("6.1.2" → [6,1,2]); empty for other schemes.</summary>
    public IReadOnlyList<int> Parts => Scheme == NumberScheme.Decimal ? ItemLabelGrammar.DecimalParts(Number) ?? [] : [];
}
