using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>
/// A minute reference written at the start of an action log's task cell ("19/2021 Signed minutes to …",
/// "05.18.07 Check the insurance"): the reference the action cites, and the task after it.
/// </summary>
public static partial class MinuteReference
{
    /// <summary>The reference that opens the text and the task after it; null when the text opens with none.</summary>
    public static (string Reference, string Task)? Leading(string text)
    {
        var m = Lead().Match(text);
        return m.Success && m.Length < text.Length ? (m.Groups["ref"].Value, text[m.Length..].Trim()) : null;
    }

    /// <summary>The reference a cell holds alone ("05.18.07", "19/2021"); null when the cell holds anything else.</summary>
    public static string? Alone(string cell)
    {
        var m = Lead().Match(cell.Trim().TrimEnd('.') + " A");
        return m.Success && m.Length == cell.Trim().TrimEnd('.').Length + 1 ? m.Groups["ref"].Value : null;
    }

    [GeneratedRegex(@"^(?<ref>\d{1,4}/\d{2,4}|\d{1,3}(?:\.\d{1,3}){1,3})\s+(?=[A-Za-z])")]
    private static partial Regex Lead();
}
