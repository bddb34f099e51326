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
        if (!Capitals().IsMatch(last) || RoleWords.PostNominals.Contains(last)) return null;
        // "A.Lee AL": an initial run into the surname is a word of the name.
        var spaced = GluedInitial().Replace(name, "$1 ");
        var tokens = PersonNames.CoreTokens(spaced);
        if (tokens.Count < 2 || !PersonNames.LooksLikeName(spaced)) return null;
        // All the words' first letters, or the first and last name's when a middle name is left out; a second letter of the
        // surname tells apart two people with the same initials ("SM", "SMo").
        var all = PersonNames.Initials(spaced);
        var firstLast = string.Concat(char.ToUpperInvariant(tokens[0][0]), char.ToUpperInvariant(tokens[^1][0]));
        // An office's letters ("Ann Lee CEO") are initials only where they are the name's own ("Dan Gale DG").
        if (last != all && last != firstLast && RoleWords.RoleAcronyms.Contains(last)) return null;
        return last == all || last == firstLast || (last.Any(char.IsLower) && PersonNames.MatchesInitials(spaced, last)) ? (name, last) : null;
    }

    // "AL", "ALH", "SMo": two or three capitals, and perhaps a further letter of the surname.
    [GeneratedRegex(@"^[A-Z]{2,3}[a-z]?$")]
    private static partial Regex Capitals();

    [GeneratedRegex(@"^(\p{Lu}\.)(?=\p{Lu}\p{Ll})")]
    private static partial Regex GluedInitial();
}
