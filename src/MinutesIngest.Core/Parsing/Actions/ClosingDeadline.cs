using System.Text.RegularExpressions;
using MinutesIngest.Core.Parsing.Text;

namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>
/// A deadline closing an action: in brackets ("Draft the schema (due date: 01/18/2024)", "Book the hall (3 May)") or after a
/// comma ("Prepare the talk, Due: April 19th"). It is the action's due date, not part of its words.
/// </summary>
public static partial class ClosingDeadline
{
    private const int MaxDateWords = 5;

    /// <summary>
    /// The task without its closing deadline, the deadline as written, and whether a word labels it ("due", "deadline");
    /// null when the action does not close with a date.
    /// </summary>
    public static (string Task, string Due, bool Labelled)? Split(string text)
    {
        var m = Closing().Match(text);
        if (!m.Success || m.Index == 0) return null;
        var due = m.Groups["due"].Value.Trim();
        var labelled = m.Groups["label"].Success;
        // A remark in brackets ("(Due TODAY)", "(see notes)") stays part of the task; only a date is a deadline. A bracket
        // without a label holds nothing but the date ("(Friday 3/22/2024)", "(march 20th)").
        if ((DateFinder.FindFirst(due, 2000) ?? DateFinder.FindFirst(due, 2000, monthFirst: true)) is not { } date) return null;
        if (!labelled && (due.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxDateWords || date.Index > due.Length / 2)) return null;
        // "(2/3)", "(1/4)" unlabelled are as often a count or a share done as a day and month: only a month name or a year
        // makes them a date.
        if (!labelled && BareDayMonth().IsMatch(due)) return null;
        return (text[..m.Index].TrimEnd().TrimEnd(','), due, labelled);
    }

    [GeneratedRegex(@"(?:\s*\((?<due>(?<label>(?:due(?:\s+date)?|deadline|target\s+date|by)\s*[:\-–]?\s*)?[^()]{3,40})\)|,\s*(?<due>(?<label>due(?:\s+date)?|deadline)\s*:\s*[^(),]{3,30}))\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    [GeneratedRegex(@"^\d{1,2}[/.-]\d{1,2}$")]
    private static partial Regex BareDayMonth();
}
