using System.Text.RegularExpressions;
using MinutesIngest.Core.Parsing.Attendance;
using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>
/// Tells whether a note in an action margin names an owner: initials or first names ("AS", "AW/NS", "Ann"), a role
/// ("Clerk", "Parish Clerk"), councillors by name ("Cllr Grey", "Cllrs A Grey and B Lowe"). Remarks written in the
/// same margin ("Noted", "Agreed", "Signed by the Chair"), months, days and everyone ("All") are not owners.
/// </summary>
public static partial class MarginOwner
{
    public static bool Is(string note)
    {
        // A lone initial with its full stop ("M.") is a name's first letter split off the prose by the layout, not an owner.
        if (LoneInitial().IsMatch(note.Trim())) return false;
        var text = note.Trim().TrimEnd('.').Trim();
        if (text.Length == 0 || ActionOwnerWords.IsNotOwner(text) || ActionOwnerWords.IsEveryone(text) || Remark().IsMatch(text)) return false;
        if (ActionOwnerWords.IsOwnerOnly(text)) return true;
        var parts = Joiner().Split(PluralOffice().Replace(text, "")).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return parts.Count > 0 && parts.All(p => !Remark().IsMatch(p) && (IsRole(p) || PersonNames.LooksLikeName(p)));
    }

    // "Parish Clerk", "The Chair": every word a role word, at least one of them an office.
    private static bool IsRole(string text)
    {
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.All(RoleWords.IsDescriptor) && tokens.Any(RoleWords.IsOfficeEnd);
    }

    [GeneratedRegex(@"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|resolved|carried|received|accepted|adopted|rejected|declined|info|information|for information|decision|note|signed|ratified|unanimous|see (?:above|below)|yes|no)$", RegexOptions.IgnoreCase)]
    private static partial Regex Remark();

    [GeneratedRegex(@"^\p{Lu}\.$")]
    private static partial Regex LoneInitial();

    [GeneratedRegex(@"\s*(?:,|&|/|\band\b)\s*")]
    private static partial Regex Joiner();

    // "Cllrs A Grey and B Lowe": the plural office covers every name after it.
    [GeneratedRegex(@"^(?:cllrs\.?|councillors|messrs\.?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex PluralOffice();
}
