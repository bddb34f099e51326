using System.Text.RegularExpressions;
using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>
/// An organisation written once before a colon over the people who came for it ("Acme Ltd: Ann Lee (Primary), Bob Ray
/// (Alternate)"), as member organisations of a consortium or a working group are listed.
/// </summary>
public static partial class OrganisationLead
{
    /// <summary>Splits the line into the organisation and its people; null when the words before the colon are no organisation.</summary>
    public static (string Organisation, string People)? Split(string text)
    {
        var m = Lead().Match(text.Trim());
        if (!m.Success) return null;
        var organisation = m.Groups["org"].Value.Trim();
        var people = m.Groups["rest"].Value.Trim();
        // A label ("Present:"), an office ("Chair:"), a group ("Staff:") or a person ("Ann Lee: Chair") is read by other rules.
        // A short code in capitals ("DE", "HQ") stands for a country or member organisation, whatever else it may abbreviate.
        var code = Code().IsMatch(organisation);
        if (AttendanceLabels.Match(organisation + ":") != null
            || (!code && organisation.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(RoleWords.IsDescriptor))) return null;
        var first = PersonEntryParser.SplitTopLevel(people).FirstOrDefault()?.Split('(')[0].Trim() ?? "";
        if (PersonNames.CoreTokens(first).Count < 2 || !PersonNames.LooksLikeName(first)) return null;
        // "AL: Ann Lee": the person's own initials before the colon, as a key to the short forms the minutes use.
        if (PersonEntryParser.IsAbbreviation(organisation) && char.ToUpperInvariant(organisation[0]) == char.ToUpperInvariant(first[0])) return null;
        // The organisation's people each carry their own role in brackets, or are two or more full names; a code that is not
        // the person's initials ("DE: Ann Lee") leads even one name.
        return code || people.Contains('(') || PersonEntryParser.SplitTopLevel(people).Count(p => p.Trim().Length > 0) >= 2 ? (organisation, people) : null;
    }

    /// <summary>A person written after a code in capitals ("DE: Ann lee"), read by <paramref name="read"/>, the code their role unless they have one.</summary>
    public static PersonEntry? AfterCode(string text, Func<string, PersonEntry?> read) =>
        CodeLead().Match(text.Trim()) is { Success: true } m && read(m.Groups["rest"].Value) is { } person
            ? person with { Role = person.Role ?? m.Groups["code"].Value } : null;

    [GeneratedRegex(@"^(?<code>\p{Lu}{2,4})\s*:\s+(?<rest>\S.*)$")]
    private static partial Regex CodeLead();

    [GeneratedRegex(@"^\p{Lu}{2,4}$")]
    private static partial Regex Code();

    [GeneratedRegex(@"^(?<org>\p{Lu}[\p{L}\p{N}&.'’ /-]{1,40}?)\s*:\s+(?<rest>\p{Lu}.*)$")]
    private static partial Regex Lead();
}
