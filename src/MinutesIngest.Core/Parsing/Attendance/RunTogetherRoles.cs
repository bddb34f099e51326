using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>
/// Mends entries whose name ran into a role column: a roll printed in two columns ("Ann Lee      Elected Member") loses
/// the gap where a long name meets its role, and "Ann Lee Elected" is read as the name of a "Member". When the name's last
/// words and the role together give a role that another entry of the same document holds, those words belong to the role.
/// </summary>
public static class RunTogetherRoles
{
    private const int MaxMovedWords = 2;

    /// <summary>Moves the trailing words of a name into its role where that yields a role held by someone else.</summary>
    public static void Separate(List<Attendee> people)
    {
        var roles = people.Where(p => p.Role != null).Select(p => p.Role!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (roles.Count == 0) return;
        for (var i = 0; i < people.Count; i++)
        {
            if (people[i].Role is not { } role) continue;
            var words = people[i].Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var moved = 1; moved <= MaxMovedWords && moved < words.Length; moved++)
            {
                var name = string.Join(' ', words[..^moved]);
                var joined = string.Join(' ', words[^moved..]) + " " + role;
                if (!roles.Contains(joined) || PersonNames.CoreTokens(name).Count < 2 || !PersonNames.LooksLikeName(name)) continue;
                people[i] = people[i] with { Name = name, Role = joined };
                break;
            }
        }
    }
}
