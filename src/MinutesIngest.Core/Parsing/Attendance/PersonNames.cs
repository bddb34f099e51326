using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>Word lists and tests that tell a person's name from a role, an organisation or prose.</summary>
public static partial class PersonNames
{
    public static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    { "cllr", "cllr.", "councillor", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "prof", "prof.", "professor", "sir", "dame", "rev", "rev.", "revd", "messrs", "messrs.", "lord", "lady" };

    private static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "chair", "chairman", "chairperson", "chairwoman", "vice", "deputy", "clerk", "secretary", "treasurer", "officer", "manager",
        "director", "commissioner", "constable", "member", "members", "mayor", "president", "head", "governor", "trustee",
        "representative", "coordinator", "co-ordinator", "lead", "executive", "administrator", "accountant", "auditor", "advisor",
        "adviser", "consultant", "scribe", "facilitator", "timekeeper", "taker", "observer", "observers", "public", "staff", "engineer",
        "solicitor", "supervisor", "supervisors", "superintendent", "inspector", "sergeant", "principal", "headteacher", "teacher",
        "councillors", "council", "committee", "board", "team", "group", "association", "society", "trust", "ltd", "limited", "inc",
        "inc.", "company", "university", "library", "libraries", "county", "borough", "district", "parish", "town", "city",
        "voting", "non-voting", "chief", "senior", "assistant", "policy", "finance", "financial", "operating", "none", "all",
        "apologies", "present", "absent", "minutes", "agenda", "meeting", "the", "of", "and", "for", "to", "with", "from",
        "police", "pcc", "manager,", "guest", "guests", "visitor", "visitors", "volunteer", "volunteers", "project", "student",
        "admin", "coach", "captain", "editor", "partner", "founder", "ceo", "cfo", "coo", "cto", "chief", "hr",
        "attorney", "township", "fire", "planner", "surveyor", "warden", "sheriff", "lawyer", "counsel", "pcso", "name", "role",
        "initials", "status", "proceedings", "activities", "staffing", "signatures", "notes", "summary",
    };

    private static readonly HashSet<string> OfficeEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "chair", "chairman", "chairperson", "clerk", "councillor", "attorney", "chief", "officer", "manager", "director", "mayor",
        "commissioner", "constable", "supervisor", "treasurer", "secretary", "inspector", "sergeant", "superintendent", "solicitor",
        "engineer", "pcso", "member", "president", "lead", "head", "coordinator", "warden", "trustee", "governor", "planner",
        "surveyor", "sheriff", "marshal", "ranger",
    };

    /// <summary>True for a word that ends an office written before a name ("Fire Chief", "County Councillor", "Mayor").</summary>
    public static bool IsOfficeEnd(string token) => OfficeEnds.Contains(token.Trim('.', ',', ':'));

    /// <summary>Honorifics and titles that may prefix a name and are kept as written.</summary>
    public static bool IsHonorific(string token) => Honorifics.Contains(token.TrimEnd(','));

    /// <summary>True when the text reads as a person's name: 1-5 capitalised tokens or initials, no role words or digits.</summary>
    public static bool LooksLikeName(string text)
    {
        var tokens = Tokens(text).Where(t => !IsHonorific(t)).ToList();
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

    /// <summary>True when the text names a role or an organisation rather than a person.</summary>
    public static bool LooksLikeDescriptor(string text) =>
        Tokens(text).Any(IsRoleWord) || Acronym().IsMatch(text.Trim());

    // Plurals count too: "Directors, Members and Staff" names groups, not people.
    private static bool IsRoleWord(string token)
    {
        var t = token.Trim('.', ',', '(', ')', ':');
        return RoleWords.Contains(t) || (t.Length > 3 && t.EndsWith('s') && RoleWords.Contains(t[..^1]));
    }

    /// <summary>Name tokens without honorifics, for matching ("Cllr Mrs D Clements" → ["D", "Clements"]).</summary>
    public static IReadOnlyList<string> CoreTokens(string name) =>
        Tokens(name).Where(t => !IsHonorific(t)).Select(t => t.Trim('.', ',')).Where(t => t.Length > 0).ToList();

    /// <summary>Normalised key for comparing names: lower case, honorifics and punctuation dropped.</summary>
    public static string Key(string name) => string.Join(" ", CoreTokens(name).Select(t => t.ToLowerInvariant().Replace("’", "'")));

    /// <summary>Initials of the name's tokens ("Nikki Sturmey" → "NS").</summary>
    public static string Initials(string name) =>
        string.Concat(CoreTokens(name).Where(t => !Particle().IsMatch(t)).Select(t => char.ToUpperInvariant(t[0])));

    private static IEnumerable<string> Tokens(string text) => text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"^(?:van|von|de|der|den|la|le|du|da|di|del|v/d|bin|al|st\.?|jr\.?|sr\.?|ii|iii)$", RegexOptions.IgnoreCase)]
    private static partial Regex Particle();

    [GeneratedRegex(@"^[a-z][a-z0-9_]{1,15}$")]
    private static partial Regex Nickname();

    [GeneratedRegex(@"^[A-Z]{2,6}s?$")]
    private static partial Regex Acronym();
}
