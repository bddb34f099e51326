using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Bodies;

/// <summary>A body known by its initials: named so as the subject of a title ("EWF Monthly Meeting"), and spelled out where the
/// text defines the initials ("the Example Widget Foundation (EWF)").</summary>
public static partial class BodyAcronyms
{
    // Initials of a kind of meeting or body, or of a team's method, say what met, not who: they name no one body.
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "AGM", "EGM", "SGM", "GM", "AOB", "BOD", "HOA", "PTA", "PTO", "TSC", "TAC", "PMC", "SIG", "WG", "TC", "SC", "PC", "TF",
        "IG", "CG", "CC", "EC", "MC", "IT", "HR", "PR", "QA", "UX", "AI", "ML", "OKR", "SCRUM", "ALL", "ZOOM", "CEO", "CFO", "CTO",
        "COO", "VP", "Q&A", "PhD", "MSc", "BSc", "UK", "US", "EU",
    };

    /// <summary>The initials a title part names as its subject ("EWF Meeting Minutes", "EWF Hybrid General Business Meeting",
    /// "EWF Fall 2024 Meeting", "Board Meeting – EWF Monthly Meeting",
    /// "EWF EC Meeting Minutes" with the organ's own initials after), or null.</summary>
    public static string? Subject(string? line)
    {
        // In a title set all in capitals every word looks like initials ("REGULAR MEETING").
        if (string.IsNullOrWhiteSpace(line) || !line.Any(char.IsLower)) return null;
        return PartSeparatorPattern().Split(line).Select(p => SubjectPattern().Match(p.Trim()))
            .Where(m => m.Success && IsInitials(m.Groups["acr"].Value))
            .Select(m => m.Groups["acr"].Value).FirstOrDefault();
    }

    /// <summary><paramref name="body"/> with initials that open it spelled out where the text defines them ("EWF Board" and
    /// "the Example Widget Foundation (EWF)" give "Example Widget Foundation Board"), else <paramref name="body"/> itself.</summary>
    public static string? Expanded(string? body, IEnumerable<string> lines)
    {
        var first = body?.Split(' ', 2);
        if (first == null || !IsInitials(first[0])) return body;
        var rest = first.Length > 1 ? " " + first[1] : "";
        var letters = new string(first[0].Where(char.IsUpper).ToArray());
        foreach (var line in lines)
            foreach (Match m in DefinitionPattern().Matches(line))
            {
                if (m.Groups["acr"].Value != first[0]) continue;
                // The definition's name is the capitalised words just before the bracket whose initials spell the letters.
                var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var start = 0; start < words.Length; start++)
                {
                    var tail = words[start..];
                    if (char.IsUpper(tail[0][0]) && Initials(tail) == letters) return string.Join(' ', tail) + rest;
                }
            }
        return body;
    }

    private static string Initials(IEnumerable<string> words) =>
        new(words.Where(w => char.IsUpper(w[0])).Select(w => w[0]).ToArray());

    // At least two capitals, and capitals at least half the letters: "EWF", "ExWF" and "ExW" are initials, "McKay" and
    // "Budget" are not.
    /// <summary>True for a token written as initials: "EWF", "ExWF", "HTTPbis"; not a kind of meeting's ("AGM") or a word.</summary>
    public static bool IsInitials(string token)
    {
        var letters = token.Count(char.IsLetter);
        var capitals = token.Count(char.IsUpper);
        return token.Length <= 10 && capitals >= 2 && capitals * 2 >= letters && !Generic.Contains(token);
    }

    [GeneratedRegex(@"\s[-–—•·|]\s|:\s")]
    private static partial Regex PartSeparatorPattern();

    [GeneratedRegex(@"^(?<acr>\p{Lu}[\p{L}\p{N}&]{1,9})(?:['’]s)?\s+(?:(?:EC|CG|WG|TC|SC|IG|TF|PMC|TSC|BoD)\s+)?(?:(?i:monthly|weekly|quarterly|regular|general|annual|business|special|committee|board|executive|exec|members|membership|team|hybrid|virtual|online|in-person|spring|summer|fall|autumn|winter)\s+|(?:19|20)\d\d\s+){0,3}(?i:meeting|minutes)\b")]
    private static partial Regex SubjectPattern();

    [GeneratedRegex(@"(?<name>(?:\p{Lu}[\p{L}'’&-]*\s+(?:(?:of|the|and|for|&)\s+)*){1,10})\((?<acr>\p{Lu}[\p{L}\p{N}&]{1,9})\)")]
    private static partial Regex DefinitionPattern();
}
