using System.Text.RegularExpressions;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Attendance;
using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>
/// An owner written as a bare first name or handle straight before the verb, without "to" or "will" ("Ann send the draft
/// to the panel", "kim open an issue"), as informal and chat-logged minutes write actions: the first word is the owner when
/// exactly one attendee has it as first name.
/// </summary>
public static partial class FirstNameOwner
{
    public static string? Read(string text, IReadOnlyList<Attendee> attendance)
    {
        var m = Opening().Match(text.TrimStart());
        if (!m.Success || ActionOwnerWords.StartsWithImperative(m.Value)) return null;
        var name = m.Groups["name"].Value;
        var holders = attendance.Where(a => PersonNames.CoreTokens(a.Name) is { Count: > 0 } t && t[0].Equals(name, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Name).Distinct().Count();
        return holders == 1 ? name : null;
    }

    // The word after the name is a verb in the present ("send", "talks"): a joined owner ("and", "with"), a report in the
    // past ("reported", "had", "spoke") or a linking word opens no task, and a determiner after the first word shows it was
    // an imperative verb that is also a first name ("Mark the dates").
    [GeneratedRegex(@"^(?<name>\p{L}[\p{L}’'-]{1,20})\s+(?!(?:and|or|with|has|had|was|were|is|are|said|also|not|did|would|could|might|spoke|took|gave|made|went|met|sent|wrote|told|thought|felt|brought|got|came|found|the|a|an|this|that|these|those|to|in|on|for|of|at|by|all|any|our|their|it|its|up)\b)(?![a-z]+ed\b)[a-z]{2,}\b")]
    private static partial Regex Opening();
}
