using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Lines;

/// <summary>
/// An entry of a table of contents: a section's title, a dotted leader and its page ("1) Welcome ........ 2"), as long minutes
/// and reports print before their sections. The sections follow under the same titles, so the entry itself is no content.
/// </summary>
public static partial class ContentsEntry
{
    /// <summary>
    /// True when <paramref name="text"/> (with the list number the block rendered, if any) ends in a leader and a page
    /// number, or is numbered (by the item-label grammar) and ends in a leader whose page number wrapped away.
    /// </summary>
    public static bool Is(string text, string? number = null)
    {
        var t = text.Replace('\n', ' ').Trim();
        if (t.Length == 0 || !(t[^1] is '.' or '·' or '…' or '_' || char.IsDigit(t[^1]))) return false;
        // The leader closes the line; the title before it holds letters and no leader of its own ("Chair …… Date ……" is a form).
        var leader = Leader().Match(t);
        if (!leader.Success) return false;
        var title = t[..leader.Index].TrimEnd();
        if (!title.Any(char.IsLetter) || title.EndsWith(':') || InnerLeader().IsMatch(title)) return false;
        return leader.Groups["page"].Success || number != null || Lexicon.NumberedLineReader.Read(title) != null;
    }

    // Five or more dots (spaced or not), ellipses or underscores, then the page, at the end of the line (read from the end, so
    // that a long line costs one pass).
    [GeneratedRegex(@"\s*(?:[.·…_]\s?){5,}\s*(?<page>\d{1,4})?$", RegexOptions.RightToLeft)]
    private static partial Regex Leader();

    [GeneratedRegex(@"[.·…_]\s?[.·…_]\s?[.·…_]")]
    private static partial Regex InnerLeader();
}
