using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Lines;

/// <summary>Removes characters that print nothing (zero-width spaces and joiners, word joiners, byte-order marks, soft hyphens) from a line the parser reads.</summary>
/// <remarks>
/// Word processors and PDF writers leave them inside words and dates ("14\u200Bth September"), where they split what a
/// reader sees as one token; the spaces they stood between close up to one.
/// </remarks>
public static partial class ZeroWidthCharacters
{
    /// <summary>The text without invisible characters, the spaces around them written as one.</summary>
    public static string Strip(string text)
    {
        if (text.AsSpan().IndexOfAny(Invisible) < 0) return text;
        return Chars().Replace(text, m => m.Groups[1].Length + m.Groups[2].Length > 0 ? " " : "").Trim();
    }

    private const string Invisible = "\u200B\u200C\u2060\uFEFF\u00AD";

    [GeneratedRegex("( ?)[\u200B\u200C\u2060\uFEFF\u00AD]+( ?)")]
    private static partial Regex Chars();
}
