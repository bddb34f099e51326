using System.Text;

namespace MinutesIngest.Core.Parsing.Lines;

/// <summary>Removes emoji from a line the parser reads: chat and wiki minutes decorate lines with them ("👷 TODO Ann: …").</summary>
public static class Pictographs
{
    /// <summary>The text without emoji (and the joiners and variation selectors that build them), spacing kept single.</summary>
    public static string Strip(string text)
    {
        if (!HasAny(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var width = Width(text, i);
            if (width == 0) { sb.Append(text[i]); continue; }
            i += width - 1;
            // The space after an emoji goes with it, so "👷 TODO" reads "TODO" and "YOU 👀:" reads "YOU:".
            if (sb.Length > 0 && sb[^1] == ' ' && (i + 1 >= text.Length || text[i + 1] is ' ' or ':' or ',' or '.' or ')')) sb.Length--;
            if (sb.Length == 0 || sb[^1] == ' ') while (i + 1 < text.Length && text[i + 1] == ' ') i++;
        }
        return sb.ToString().Trim();
    }

    private static bool HasAny(string text)
    {
        for (var i = 0; i < text.Length; i++) if (Width(text, i) > 0) return true;
        return false;
    }

    // Emoji live outside the Basic Multilingual Plane (U+1F000–U+1FAFF, written as a surrogate pair); a zero-width joiner and
    // the emoji variation selector only glue emoji together. Symbols in the BMP (☐ ☑ ✓ ✗) stay: attendance ticks use them.
    private static int Width(string text, int i)
    {
        var c = text[i];
        if (c is '\u200D' or '\uFE0F') return 1;
        if (!char.IsHighSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return 0;
        var cp = char.ConvertToUtf32(c, text[i + 1]);
        return cp is >= 0x1F000 and <= 0x1FAFF ? 2 : 0;
    }
}
