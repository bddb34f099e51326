using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>Header fields that name a person in a role: "Chair:", "Facilitator:", "Note taker:", "Minutes taken by:".</summary>
public static partial class HeaderRoleFields
{
    /// <summary>The field's label as written, the role it gives (null for a plain minute-taker label) and the value.</summary>
    /// <param name="line">The line.</param>
    /// <param name="allowDash">Also read "Treasurer - Ann Lee", the way officer blocks at the head of minutes are written.</param>
    public static (string Label, string? Role, string Value)? Match(string line, bool allowDash = false)
    {
        var m = Field().Match(line);
        if (!m.Success || (!allowDash && m.Groups["sep"].Value.Trim() != ":")) return null;
        // "MINUTES: approved.", "Secretary: vacant": an item heading with its outcome, or an office nobody holds, names no one.
        if (Outcome().IsMatch(m.Groups["value"].Value)) return null;
        var label = m.Groups["label"].Value.Trim();
        var lower = label.ToLowerInvariant();
        string? role = lower switch
        {
            _ when lower.StartsWith("minute") || lower.StartsWith("notes by") => null,
            _ when lower.StartsWith("note") => "Note taker",
            _ when lower.StartsWith("acting") => "Acting chair",
            "chaired by" or "chairman" or "chairperson" or "chair" => label.Equals("chaired by", StringComparison.OrdinalIgnoreCase) ? "Chair" : Capitalise(label),
            _ => Capitalise(label),
        };
        return (label, role, m.Groups["value"].Value.Trim());
    }

    /// <summary>
    /// Every field of a line: an officer block written on one line ("Chair: A Lee / Secretary: B Cole | Treasurer: C Dunn",
    /// or fields apart by tabs) gives one field per part when every part is a field, else the line is one field or none.
    /// </summary>
    public static List<(string Label, string? Role, string Value)> MatchAll(string line, bool allowDash = false)
    {
        var parts = FieldSeparator().Split(line).Where(p => p.Trim().Length > 0).ToList();
        if (parts.Count >= 2)
        {
            var fields = parts.Select(p => Match(p.Trim(), allowDash)).ToList();
            if (fields.TrueForAll(f => f != null)) return fields.Select(f => f!.Value).ToList();
        }
        return Match(line, allowDash) is { } one ? [one] : [];
    }

    /// <summary>True for labels that say who took the minutes.</summary>
    public static bool IsMinuteTaker(string label)
    {
        var l = label.ToLowerInvariant();
        return l.StartsWith("minute") || l.StartsWith("note") || l == "scribe" || l == "scribes" || l == "secretary" || l == "recorder" || l == "recording secretary";
    }

    /// <summary>True for labels that say who chaired.</summary>
    public static bool IsChair(string label)
    {
        var l = label.ToLowerInvariant();
        return l.StartsWith("chair") || l.StartsWith("acting chair") || l == "facilitator" || l == "president" || l == "presiding";
    }

    // A label written in capitals is given in sentence case; one written in title case ("Past President") is kept.
    private static string Capitalise(string s) =>
        s.Length == 0 ? s : s.Any(char.IsLower) && s.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0])) ? s
            : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant();

    [GeneratedRegex(@"^(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:approved|agreed|accepted|adopted|noted|signed|confirmed|received|deferred|read|vacant|none|nil|n/?a|tbc|to\s+follow)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Outcome();

    [GeneratedRegex(@"\s+[/|]\s+|\t")]
    private static partial Regex FieldSeparator();

    // An office may carry one qualifier before it: "Membership Secretary", "Hon. Treasurer", "Deputy Clerk", "Vice Chair".
    [GeneratedRegex(@"^(?<label>(?:(?:hon(?:orary|\.)?|assistant|deputy|membership|general|company|parish|town|joint|corresponding|financial|executive)\s+(?=secretary|treasurer|clerk))?(?:chair(?:man|person|woman|s)?|chaired\s+by|acting\s+chair(?:man|person)?|facilitator|note\s*-?\s*taker|notes\s+by|timekeeper|time\s+keeper|minutes(?:\s+taken|\s+recorded|\s+done|\s+issued)?(?:\s+by)?|minute\s*-?\s*taker|scribes?|secretary|recording\s+secretary|(?:(?:immediate\s+)?past\s+|vice[\s-])?president|presiding|recorder|vice[\s-]chair(?:man|person)?|treasurer|executive\s+director|clerk))(?<sep>\s*:|\s[-–—]\s)\s*(?<value>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Field();
}
