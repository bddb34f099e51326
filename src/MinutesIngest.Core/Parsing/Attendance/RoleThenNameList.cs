using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>
/// Reads officer lists written role first with the person in brackets: "Director of Services (Mr. P. Quill), Senior Engineer
/// (Ms. A. Lee)". A role may itself contain a comma, so the text since the previous person is the role.
/// </summary>
public static partial class RoleThenNameList
{
    /// <summary>The people of such a list, or null when the pieces are not written that way.</summary>
    public static List<PersonEntry>? Read(IReadOnlyList<string> pieces)
    {
        var persons = pieces.Count(p => PersonInBracket(p) != null);
        if (persons < 2 || persons * 2 < pieces.Count(p => p.Contains('('))) return null;
        var result = new List<PersonEntry>();
        var role = new List<string>();
        foreach (var raw in pieces)
        {
            var piece = raw.Trim().TrimEnd('.', ';', ',').Trim();
            if (PersonInBracket(piece) is not { } m) { if (piece.Length > 0) role.Add(piece); continue; }
            var outer = piece[..m.Index].Trim().TrimEnd(',').Trim();
            if (outer.Length > 0) role.Add(outer);
            var roleText = role.Count > 0 ? string.Join(", ", role) : null;
            if (roleText != null && PersonNames.LooksLikeName(roleText)) return null;
            result.Add(new PersonEntry(m.Groups["name"].Value.Trim(), roleText, null));
            role.Clear();
        }
        return result;
    }

    // The person in the bracket carries an honorific or initials ("Mr. T. Quill", "Dr Ann Lee", "J. Pell").
    private static Match? PersonInBracket(string piece)
    {
        var m = TrailingBracket().Match(piece.Trim().TrimEnd('.', ';', ',').Trim());
        if (!m.Success) return null;
        var name = m.Groups["name"].Value;
        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var marked = tokens.Length >= 2 && (PersonNames.IsHonorific(tokens[0]) || tokens.Any(t => Initial().IsMatch(t)));
        return marked && PersonNames.LooksLikeName(name) ? m : null;
    }

    [GeneratedRegex(@"\((?<name>[^()]+)\)$")]
    private static partial Regex TrailingBracket();

    [GeneratedRegex(@"^\p{Lu}\.$")]
    private static partial Regex Initial();
}
