using System.Text.RegularExpressions;
using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>
/// Initials printed after a name in an attendance entry ("Ann Lee AL (chair)"), which the minutes then use for that
/// person in the text ("AL introduced …").
/// </summary>
public static partial class TrailingInitials
{
    /// <summary>
    /// Splits "Ann Lee AL" into the name and the initials; null when the last word is not the capital first letters of the
    /// name's words, or is an honour or office written after a name ("Ann Lee MBE", "Max Pell MP").
    /// </summary>
    public static (string Name, string Initials)? Split(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.LastIndexOf(' ');
        if (space <= 0) return null;
        var last = trimmed[(space + 1)..];
        var name = trimmed[..space].TrimEnd();
        if (!Capitals().IsMatch(last) || RoleWords.PostNominals.Contains(last) || RoleWords.RoleAcronyms.Contains(last)) return null;
        var tokens = PersonNames.CoreTokens(name);
        if (tokens.Count < 2 || !PersonNames.LooksLikeName(name)) return null;
        // All the words' first letters, or the first and last name's when a middle name is left out.
        var all = PersonNames.Initials(name);
        var firstLast = string.Concat(char.ToUpperInvariant(tokens[0][0]), char.ToUpperInvariant(tokens[^1][0]));
        return last == all || last == firstLast ? (name, last) : null;
    }

    [GeneratedRegex(@"^[A-Z]{2,3}$")]
    private static partial Regex Capitals();
}
