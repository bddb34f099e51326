using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>
/// Reads attendance lists written by chat-based minute takers (IRC and Zakim-style tools, chat logs): every entry is
/// one handle ("ann", "BobK", "carol_smith"), where an underscore stands for a space.
/// </summary>
public static partial class HandleList
{
    /// <summary>The people of such a list, or null when the text is not a list of handles.</summary>
    public static List<PersonEntry>? Read(string text)
    {
        var pieces = text.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            // IRC appends underscores to a nick already in use when a person reconnects ("ann_"): they are not part of the name.
            .Select(p => p.TrimEnd('.').TrimEnd('_')).Where(p => p.Length > 0).ToList();
        if (pieces.Count < 3 || !pieces.TrueForAll(p => Handle().IsMatch(p))) return null;
        // Ordinary names need no handle reading: at least one entry must be written as only a handle is (lower case
        // or an underscore), or the list stays with the name reader.
        if (!pieces.Exists(p => p.Contains('_') || char.IsLower(p[0]))) return null;
        return pieces.Select(p => new PersonEntry(p.Replace('_', ' '), null, null)).ToList();
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)*$")]
    private static partial Regex Handle();
}
