using System.Globalization;
using System.Text;

namespace MinutesIngest.Core.Text;

/// <summary>Folds free text to a comparison key: lower case, accents and punctuation removed, whitespace collapsed.</summary>
public static class TextNormalizer
{
    /// <summary>The comparison key of <paramref name="text"/>; null and blank text both give "".</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            // Apostrophes join their word ("O’Connor" = "OConnor"), so typewriter and typographic forms agree.
            if (c is '\'' or '’' or '‘' or 'ʼ') continue;
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                AccentFolder.AppendFolded(sb, char.ToLowerInvariant(c));
            }
            else pendingSpace = true;
        }
        return sb.ToString();
    }

    /// <summary>True when both texts have the same comparison key (so null equals null and blank).</summary>
    public static bool AreEqual(string? a, string? b) => Normalize(a) == Normalize(b);
}
