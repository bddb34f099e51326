using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>
/// A status note in square brackets closing an action-list entry, as action registers kept from meeting to meeting write
/// it: "Circulate the draft [new for Ann Lee]", "[ongoing for HR, IT]", "[closed]". The note is no part of the task; the
/// people after "for" are its owner ("[new for ALL to Ann Lee]": everyone, reporting to Ann Lee).
/// </summary>
public static partial class StatusNote
{
    /// <summary>The task without its note and the owner the note names (null when it names none); null when there is no note.</summary>
    public static (string Task, string? Owner)? Split(string entry)
    {
        var m = Note().Match(entry);
        if (!m.Success || m.Index == 0) return null;
        var owner = m.Groups["owner"].Success ? m.Groups["owner"].Value.Trim() : null;
        return (entry[..m.Index].Trim(), string.IsNullOrEmpty(owner) ? null : owner);
    }

    [GeneratedRegex(@"\s*\[\s*(?:new|open|ongoing|on-going|in\s+progress|closed|done|complete|completed|pending|carried\s+forward|overdue)(?:\s+for\s+(?<owner>[^\]]+?)(?:\s+to\s+[^\]]+)?)?\s*\]\s*\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Note();
}
