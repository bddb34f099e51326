using System.Text.RegularExpressions;
using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>
/// Reads the box before an entry of a roll kept as a task list ("[x] Ann Lee", "[ ] Bob Cole", "☑ Ann Lee") or the tick or
/// cross after it ("Ann Lee ✓"): minutes kept in Markdown, wikis or word processors tick the members who attended.
/// </summary>
public static partial class AttendanceCheckbox
{
    /// <summary>The entry without its box and the status the box gives; the text unchanged and null when there is no box.</summary>
    public static (string Entry, string? Status) Split(string text)
    {
        var m = Box().Match(text);
        // "Ann Lee ✓", "Bob Cole ✗": a roll kept as a list of names marks each one after the name.
        if (!m.Success && TrailingMark().Match(text) is { Success: true } mark)
            return (text[..mark.Index], mark.Groups["mark"].Value is "✓" or "✔" ? AttendanceStatus.Present : AttendanceStatus.Absent);
        if (!m.Success) return (text, null);
        var ticked = m.Groups["box"].Value.Trim() is "x" or "X" or "☑" or "☒" or "✓" or "✔";
        return (text[m.Length..], ticked ? AttendanceStatus.Present : AttendanceStatus.Absent);
    }

    [GeneratedRegex(@"^\s*(?:\[(?<box>[ xX✓✔]?)\]|(?<box>[☐☑☒]))\s+")]
    private static partial Regex Box();

    [GeneratedRegex(@"\s+\(?(?<mark>[✓✔✗✘])\)?\s*$")]
    private static partial Regex TrailingMark();
}
