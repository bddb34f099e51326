using System.Text.RegularExpressions;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Attendance;
using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>
/// Initials the minutes introduce in their text after an attendee's full name ("Jane Roe (JR) reported …"), so a later
/// owner "JR" can be resolved even when the attendance list gives no initials. Initials introduced for two people are dropped.
/// </summary>
public static partial class IntroducedInitials
{
    public static IReadOnlyDictionary<string, string> Find(IReadOnlyList<DocLine> lines, IReadOnlyList<Attendee> attendance)
    {
        var byKey = attendance.GroupBy(a => PersonNames.Key(a.Name)).Where(g => g.Select(a => a.Name).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Name);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
            foreach (Match m in NameWithInitials().Matches(line.Text))
            {
                var initials = m.Groups["initials"].Value;
                // The words before the name may be capitalised too ("Update Jane Roe (JR)"): try the shorter endings.
                var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var name = Enumerable.Range(0, words.Length - 1)
                    .Select(k => byKey.GetValueOrDefault(PersonNames.Key(string.Join(' ', words[k..])))).FirstOrDefault(n => n != null);
                if (name == null) continue;
                if (found.TryGetValue(initials, out var earlier) && earlier != name) ambiguous.Add(initials);
                else found[initials] = name;
            }
        foreach (var a in ambiguous) found.Remove(a);
        return found;
    }

    [GeneratedRegex(@"(?<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\s*\((?<initials>[A-Z][A-Za-z]{1,3})\)")]
    private static partial Regex NameWithInitials();
}
