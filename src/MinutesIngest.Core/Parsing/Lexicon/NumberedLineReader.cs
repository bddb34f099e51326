
namespace MinutesIngest.Core.Parsing.Lexicon;

/// <summary>Reads an item label at the start of a line or from a rendered list label, by <see cref="ItemLabelGrammar"/>.</summary>
public static class NumberedLineReader
{
    /// <summary>Reads a number at the start of <paramref name="text"/>, or from <paramref name="label"/> (auto-numbering) when given.</summary>
    public static NumberedLine? Read(string text, string? label = null) =>
        label != null ? ItemLabelGrammar.ReadRendered(label, text) : ItemLabelGrammar.ReadLineStart(text);
}
