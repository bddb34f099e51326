using System.Text.RegularExpressions;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Attendance;

namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>
/// An owner written before a spaced dash that opens the task ("Ann - Talk to Bob about the rota", "Ann/Bob – book the hall", "Ann -- book the hall"),
/// as action lists write who does what: the names are the owner when each is an attendee's first name or full name, so a topic
/// before a dash ("Website - Update the page") is not taken for one.
/// </summary>
public static partial class DashedOwner
{
    /// <summary>True when the text opens with names and a spaced dash, whoever they are.</summary>
    public static bool Opens(string text) => Opening().IsMatch(text.TrimStart());

    public static string? Read(string text, IReadOnlyList<Attendee> attendance)
    {
        var m = Opening().Match(text.TrimStart());
        if (!m.Success) return null;
        var owner = m.Groups["owner"].Value.Trim();
        var names = Joiner().Split(owner).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        return names.Count > 0 && names.All(n => IsAttendee(n, attendance)) ? owner : null;
    }

    /// <summary>
    /// The names of a later segment between spaced dashes ("Order the banners - Ann", "Call the roofer - Ann / Bob - quote due
    /// Wed."), as action lists set who does a task after it: every name looks like a first or full name and at least one is
    /// an attendee's, so a status or place after the dash ("- done", "- Town Hall") is not taken for an owner.
    /// </summary>
    public static string? Trailing(string text, IReadOnlyList<Attendee> attendance)
    {
        var segments = SpacedDash().Split(text.Trim());
        for (var s = 1; s < segments.Length; s++)
        {
            var owner = segments[s].Trim().TrimEnd('.', ';');
            if (!NameList().IsMatch(owner)) continue;
            var names = Joiner().Split(owner).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
            if (names.Count > 0 && names.Any(n => IsAttendee(n, attendance))) return owner.Trim();
        }
        return null;
    }

    private static bool IsAttendee(string name, IReadOnlyList<Attendee> attendance)
    {
        var key = PersonNames.Key(name);
        var single = !name.Contains(' ');
        return attendance.Any(a => PersonNames.Key(a.Name) == key
            || (single && PersonNames.CoreTokens(a.Name) is { Count: > 0 } t && t[0].Equals(name, StringComparison.OrdinalIgnoreCase)));
    }

    [GeneratedRegex(@"^(?<owner>\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?(?:\s*(?:/|&|,|\band\b)\s*\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)*)\s+(?:[–—]|-{1,2})\s+(?=\p{L})")]
    private static partial Regex Opening();

    [GeneratedRegex(@"\s+(?:[–—]|-{1,2})\s+")]
    private static partial Regex SpacedDash();

    // "Ann", "Ann / Bob", "Ann, Bob C.": capitalised names of one or two words (a surname may be an initial).
    [GeneratedRegex(@"^\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}(?:[\p{L}’'-]+|\.?))?(?:\s*(?:/|&|,|\band\b)\s*\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}(?:[\p{L}’'-]+|\.?))?)*\.?$")]
    private static partial Regex NameList();

    [GeneratedRegex(@"\s*(?:/|&|,|\band\b)\s*")]
    private static partial Regex Joiner();
}
