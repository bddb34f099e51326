using System.Text.RegularExpressions;
using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>
/// A name typed with its later words, its middle initial or all of it in lower case ("Ann lee", "Ann b. Lee", "ann lee"), as informal lists of attendees often are; read only as an
/// entry of a list of names already under way, where two or three plain words are a person rather than a note.
/// </summary>
public static partial class CarelessCaseName
{
    /// <summary>The entry for <paramref name="text"/>, or null when it is not two or three plain words led by a capital.</summary>
    public static PersonEntry? Read(string text)
    {
        var t = text.Trim();
        // "ann lee - Acme", "ann lee (Acme)": the descriptor after the name is written as for any other entry.
        string? role = null;
        if (Descriptor().Match(t) is { Success: true } d)
        {
            role = d.Groups["role"].Value.Trim();
            t = t[..d.Index].Trim();
        }
        if (!Shape().IsMatch(t) && !LowerCaseShape().IsMatch(t)) return null;
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => NotNameWord().IsMatch(w) || RoleWords.IsDescriptor(w) || RoleWords.IsHonorific(w))) return null;
        return new PersonEntry(t, role, null);
    }

    // "ann lee": a name typed all in lower case, two or three words.
    [GeneratedRegex(@"^\p{Ll}[\p{Ll}'’-]+(?:\s+\p{Ll}[\p{Ll}'’-]+){1,2}$")]
    private static partial Regex LowerCaseShape();

    [GeneratedRegex(@"(?:\s+[-–]\s+(?<role>\p{Lu}[^()]{0,40})|\s*\((?<role>[^()]{1,40})\))$")]
    private static partial Regex Descriptor();

    // "Ann lee", "Ann b. lee", "Ann b. Lee": the later words in lower case, or a lower-case initial between the names.
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:(?:\s+\p{Ll}[\p{Ll}'’-]+){1,2}|\s+\p{Ll}\.\s*\p{L}[\p{Ll}'’-]+)$")]
    private static partial Regex Shape();

    // Words that make the line a note ("None present", "Apologies noted", "See above") rather than a name.
    [GeneratedRegex(@"^(?i:and|or|of|the|to|for|with|at|in|on|from|by|all|none|nobody|present|absent|apologies|noted|received|see|above|below|tbc|other|others|members?|guests?|staff|public|only|also|via|online|remote|remotely|late|left|joined|item|items)$")]
    private static partial Regex NotNameWord();
}
