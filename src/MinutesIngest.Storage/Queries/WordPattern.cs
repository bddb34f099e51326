using System.Text;

namespace MinutesIngest.Storage.Queries;

/// <summary>A PostgreSQL regular expression (for ~*) matching a value as whole words: "SR" finds "SR" and "JS/SR" but not "Mrs Rao".</summary>
public static class WordPattern
{
    public static string? From(string? value)
    {
        var cleaned = SearchText.Clean(value);
        if (cleaned.Length == 0) return null;
        var escaped = new StringBuilder();
        // In PostgreSQL's advanced regular expressions a backslash before an ASCII non-alphanumeric character makes it literal;
        // other characters are literal as they are.
        foreach (var rune in cleaned.EnumerateRunes()) escaped.Append(Rune.IsLetterOrDigit(rune) || rune.Value > 0x7F ? rune.ToString() : "\\" + rune);
        return $"(^|\\W){escaped}($|\\W)";
    }
}
