using System.Text.RegularExpressions;
using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>Word lists and tests that tell a person's name from a role, an organisation or prose.</summary>
public static partial class PersonNames
{
    /// <summary>Honorifics and titles kept with a name (the shared lexicon's list).</summary>
    public static IReadOnlySet<string> Honorifics => RoleWords.Honorifics;

    /// <summary>True for a word that ends an office written before a name ("Fire Chief", "County Supervisor", "Mayor").</summary>
    public static bool IsOfficeEnd(string token) => RoleWords.IsOfficeEnd(token);

    /// <summary>Honorifics and titles that may prefix a name and are kept as written.</summary>
    public static bool IsHonorific(string token) => RoleWords.IsHonorific(token);

    /// <summary>True when the text reads as a person's name: 1-5 capitalised tokens or initials, no role words or digits.</summary>
    public static bool LooksLikeName(string text)
    {
        // A nickname in quotes between the names ("Olaf “Ole” Lee") is read as the name it stands for.
        var tokens = Tokens(text).Where(t => !IsHonorific(t)).Select(Unquoted).ToList();
        if (tokens.Count is 0 or > 5) return false;
        if (tokens.Count == 1 && Tokens(text).Count() == 1 && tokens[0].Length > 1 && tokens[0].All(char.IsUpper)) return false;
        var hasWord = false;
        foreach (var t in tokens)
        {
            if (t.Any(char.IsDigit)) return false;
            if (t.Contains('/') && !Particle().IsMatch(t)) return false;
            if (IsRoleWord(t)) return false;
            if (Particle().IsMatch(t)) continue;
            if (!char.IsUpper(t[0]) && !(t.Length > 1 && char.IsUpper(t[1]) && t[0] == 'd')) { if (tokens.Count > 1 || !Nickname().IsMatch(t)) return false; }
            if (t.Trim('.').Length > 1) hasWord = true;
        }
        return hasWord || tokens.Count >= 2;
    }

    /// <summary>True for a lower-case particle of a surname ("van", "de", "bin").</summary>
    public static bool IsParticle(string token) => Particle().IsMatch(token);

    /// <summary>True when the text names a role or an organisation rather than a person.</summary>
    public static bool LooksLikeDescriptor(string text) =>
        Tokens(text).Any(IsRoleWord) || Acronym().IsMatch(text.Trim());

    private static bool IsRoleWord(string token) => RoleWords.IsDescriptor(token);

    /// <summary>Name tokens without honorifics, for matching ("Cllr Mrs A Lee" → ["A", "Lee"]).</summary>
    public static IReadOnlyList<string> CoreTokens(string name) =>
        Tokens(name).Where(t => !IsHonorific(t)).Select(t => t.Trim('.', ',')).Where(t => t.Length > 0).ToList();

    /// <summary>Normalised key for comparing names: lower case, honorifics and punctuation dropped.</summary>
    public static string Key(string name) => string.Join(" ", CoreTokens(name).Select(t => t.ToLowerInvariant().Replace("’", "'")));

    /// <summary>Initials of the name's tokens ("Ann Lee" → "AL").</summary>
    public static string Initials(string name) =>
        string.Concat(CoreTokens(name).Where(t => !Particle().IsMatch(t)).Select(t => char.ToUpperInvariant(t[0])));

    /// <summary>
    /// True when a short form is built from the name's initials or the starts of its words ("DT", "ALe", "GPe" for Gina Pell);
    /// middle names may be skipped, and either part of a double-barrelled surname may give its initial.
    /// </summary>
    public static bool MatchesInitials(string name, string shortForm)
    {
        // "A.Lee": an initial run into the surname by its full stop is a word of its own.
        var tokens = CoreTokens(name).SelectMany(t => t.Split('.')).Select(t => t.Trim(',').ToLowerInvariant()).Where(t => t.Length > 0).ToList();
        var s = shortForm.ToLowerInvariant();
        bool From(int i, int j)
        {
            if (j == s.Length) return i > 0;
            if (i >= tokens.Count) return false;
            for (var k = 1; k <= tokens[i].Length && j + k <= s.Length; k++)
                if (string.CompareOrdinal(s, j, tokens[i], 0, k) == 0 && From(i + 1, j + k)) return true;
            return i > 0 && From(i + 1, j);
        }
        // A double-barrelled surname ("Ann Lee-Hart") gives its initial by either part ("AL", "AH").
        return tokens.Count > 0 && s.Length >= 2 && (From(0, 0) || (name.Contains('-') && MatchesInitials(name.Replace('-', ' '), shortForm)));
    }

    private static string Unquoted(string token) =>
        token.Length > 2 && "“\"‘'".Contains(token[0]) && "”\"’'".Contains(token[^1]) ? token[1..^1] : token;

    private static IEnumerable<string> Tokens(string text) => text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"^(?:van|von|de|der|den|la|le|du|da|di|del|v/d|bin|al|st\.?|jr\.?|sr\.?|ii|iii)$", RegexOptions.IgnoreCase)]
    private static partial Regex Particle();

    [GeneratedRegex(@"^[a-z][a-z0-9_]{1,15}$")]
    private static partial Regex Nickname();

    [GeneratedRegex(@"^[A-Z]{2,6}s?$")]
    private static partial Regex Acronym();
}
