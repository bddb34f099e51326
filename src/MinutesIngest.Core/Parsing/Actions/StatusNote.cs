using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>
/// A status note in square brackets closing an action-list entry, as action registers kept from meeting to meeting write
/// it: "Circulate the draft [new for Ann Lee]", "[ongoing for HR, IT]", "[closed]", or after a spaced dash ("… - done"). The
/// note is no part of the task; the people after "for" are its owner ("[new for ALL to Ann Lee]": everyone, reporting to Ann
/// Lee).
/// </summary>
public static partial class StatusNote
{
    /// <summary>The task without its note and the owner the note names (null when it names none); null when there is no note.</summary>
    public static (string Task, string? Owner)? Split(string entry)
    {
        // "Book the hall - done", "Print the flyers – in progress, see the folder": a status after a spaced dash ends the task; a
        // remark in brackets after it ("- closed (see the letter)") belongs to the entry as written.
        if (DashedStatus().Match(entry) is { Success: true, Index: > 0 } dashed) return (entry[..dashed.Index].Trim(), null);
        var m = Note().Match(entry);
        if (!m.Success || m.Index == 0) return null;
        var owner = m.Groups["owner"].Success ? m.Groups["owner"].Value.Trim() : null;
        return (entry[..m.Index].Trim(), string.IsNullOrEmpty(owner) ? null : owner);
    }

    [GeneratedRegex(@"\s+[-–—]\s*(?:done|completed?|closed|in\s+progress|ongoing|on-going|reassigned|cancelled|canceled|withdrawn|superseded|not\s+started)\b(?:[.,;:](?:\s.*)?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DashedStatus();

    [GeneratedRegex(@"\s*\[\s*(?:new|open|ongoing|on-going|in\s+progress|closed|done|complete|completed|pending|carried\s+forward|overdue)(?:\s+for\s+(?<owner>[^\]]+?)(?:\s+to\s+[^\]]+)?)?\s*\]\s*\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Note();
}
