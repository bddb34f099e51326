using System.Text.RegularExpressions;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Attendance;
using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>
/// Resolves an action owner as written ("DCC", "Clerk", "Sec", "AHol", "Cllr Hartley", a first name, a shortened first name) to one attendee
/// through abbreviation, role, a role's initials or short form, initials, full name, surname, first name or a shortened
/// first name. Several owners or no unique match → null.
/// </summary>
/// <param name="attendance">The people recorded at the meeting.</param>
/// <param name="introduced">Initials the text introduces after an attendee's name (see <see cref="IntroducedInitials"/>).</param>
public sealed partial class ActionOwnerResolver(IReadOnlyList<Attendee> attendance, IReadOnlyDictionary<string, string>? introduced = null)
{
    public string? Resolve(string? owner)
    {
        if (string.IsNullOrWhiteSpace(owner)) return null;
        var o = LeadingThe().Replace(owner.Trim().TrimEnd('.', ':'), "").Trim();
        // "Kim (formerly Kate)", "Jo (with Sam": a bracketed aside after the owner's name is not part of it.
        if (TrailingAside().Replace(o, "").Trim() is { Length: > 0 } bare) o = bare;
        // A role may itself contain "and" ("Head of Libraries and Culture"): try the whole owner as a role first.
        var wholeRole = Unique(a => a.Role != null && RoleMatches(a.Role, o));
        if (wholeRole != null) return wholeRole;
        if (ActionOwnerWords.IsSeveral(o)) return null;
        // A handle names the one attendee listed with it (as abbreviation or as the name itself, with or without its "@");
        // it says nothing about first names or initials, so no looser match is tried.
        if (PersonCodes.IsHandle(o)) return ByHandle(o);

        var byAbbr = Unique(a => a.Abbreviation != null && string.Equals(a.Abbreviation, o, StringComparison.OrdinalIgnoreCase));
        if (byAbbr != null) return byAbbr;
        // Initials the list gives to two people are ambiguous: no guess from their names.
        if (Count(a => (a.Abbreviation ?? a.Role) is { } given && string.Equals(given, o, StringComparison.Ordinal) && RoleAcronym().IsMatch(o)) > 1) return null;
        if (introduced != null && introduced.TryGetValue(o, out var introducedName)) return introducedName;
        var byRole = Unique(a => a.Role != null && RoleMatches(a.Role, o));
        if (byRole != null) return byRole;
        var key = PersonNames.Key(o);
        var byName = Unique(a => PersonNames.Key(a.Name) == key);
        if (byName != null) return byName;
        // "DCC" for the Deputy Chief Constable: the initials of a role.
        if (RoleAcronym().IsMatch(o))
        {
            var byRoleInitials = Unique(a => a.Role != null && RoleInitials(a.Role) == o);
            if (byRoleInitials != null) return byRoleInitials;
        }
        if (Initials().IsMatch(o) || FirstNameInitial().IsMatch(o))
        {
            var byInitials = Unique(a => InitialsMatch(a.Name, o));
            if (byInitials != null) return byInitials;
        }
        var tokens = PersonNames.CoreTokens(o);
        if (tokens.Count == 0 || !PersonNames.LooksLikeName(o)) return ShortRole(o);
        if (tokens.Count == 1)
            return Unique(a => PersonNames.CoreTokens(a.Name) is { Count: > 0 } t &&
                (t[^1].Equals(tokens[0], StringComparison.OrdinalIgnoreCase) || t[0].Equals(tokens[0], StringComparison.OrdinalIgnoreCase)))
                ?? ShortRole(o)
                // Part of a name, such as a shortened first name (the first letters of a longer first name).
                ?? Unique(a => a.Name.Contains(tokens[0], StringComparison.OrdinalIgnoreCase) && tokens[0].Length >= 3);
        // "B Hartley" / "Bea Hartley" against "Cllr B. Hartley": surname equal and first initials agree.
        return Unique(a => PersonNames.CoreTokens(a.Name) is { Count: > 0 } t && t[^1].Equals(tokens[^1], StringComparison.OrdinalIgnoreCase)
                           && char.ToUpperInvariant(t[0][0]) == char.ToUpperInvariant(tokens[0][0]));
    }

    private string? ByHandle(string handle)
    {
        var bare = handle.TrimStart('@');
        bool Same(string? given) => given != null && string.Equals(given.Trim().TrimStart('@'), bare, StringComparison.OrdinalIgnoreCase);
        return Unique(a => Same(a.Abbreviation)) ?? Unique(a => Same(a.Name));
    }

    // "Sec", "Treas", "Pres": a role written short, the first letters of its first word.
    private string? ShortRole(string o) => !RoleShortForm().IsMatch(o) ? null
        : Unique(a => a.Role != null && RoleWords(a.Role) is { Count: > 0 } w
                && w[0].Length > o.Length && w[0].StartsWith(o.TrimEnd('.'), StringComparison.OrdinalIgnoreCase) && !RankPrefix().IsMatch(w[0] + " "));

    private int Count(Func<Attendee, bool> predicate) => attendance.Where(predicate).Select(a => a.Name).Distinct().Count();

    private string? Unique(Func<Attendee, bool> predicate)
    {
        var matches = attendance.Where(predicate).Select(a => a.Name).Distinct().ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private static bool RoleMatches(string role, string owner)
    {
        var r = role.Trim().ToLowerInvariant();
        var o = owner.ToLowerInvariant();
        if (r == o || r.StartsWith(o + " to ") || r.StartsWith(o + " of ") || r.StartsWith(o + " for ")) return true;
        // "Township Attorney" for "Attorney", but not "Vice Chairman" for "Chairman".
        return r.EndsWith(" " + o) && !RankPrefix().IsMatch(r[..^o.Length]);
    }

    private static string RoleInitials(string role) =>
        string.Concat(role.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 0 && char.IsUpper(w[0]) && !MinorWord().IsMatch(w)).Select(w => w[0]));

    // "NS" → Nikki Sturmey; "AHol" → Alan Holzer (each capital starts a chunk that prefixes the next name token).
    private static bool InitialsMatch(string name, string owner)
    {
        var tokens = PersonNames.CoreTokens(name).Where(t => t.Length > 0 && char.IsLetter(t[0])).ToList();
        var chunks = Chunks().Matches(owner).Select(m => m.Value).ToList();
        if (chunks.Count != tokens.Count || chunks.Count < 2) return false;
        for (var i = 0; i < chunks.Count; i++)
            if (!tokens[i].StartsWith(chunks[i], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }

    [GeneratedRegex(@"\b(?:vice|deputy|assistant|acting|associate|joint|co)[\s-]*$", RegexOptions.IgnoreCase)]
    private static partial Regex RankPrefix();

    [GeneratedRegex(@"^(?:of|and|the|for|to|&)$", RegexOptions.IgnoreCase)]
    private static partial Regex MinorWord();

    [GeneratedRegex(@"^[A-Z]{2,5}$")]
    private static partial Regex RoleAcronym();

    [GeneratedRegex(@"^the\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingThe();

    private static List<string> RoleWords(string role) =>
        role.Split([' ', '-', '&', ','], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToList();

    [GeneratedRegex(@"^[A-Z][a-z]{2,4}\.?$")]
    private static partial Regex RoleShortForm();

    [GeneratedRegex(@"^(?:[A-Z][a-z]{0,3}){2,4}$")]
    private static partial Regex Initials();

    [GeneratedRegex(@"[A-Z][a-z]*")]
    private static partial Regex Chunks();

    // "AnnB", "Tom K": a first name with the initial of the surname, as chat handles and informal lists write them.
    [GeneratedRegex(@"^[A-Z][a-z]{1,15}\s?[A-Z]$")]
    private static partial Regex FirstNameInitial();

    [GeneratedRegex(@"\s*\([^)]*\)?\s*$")]
    private static partial Regex TrailingAside();
}
