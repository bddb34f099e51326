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
    /// number, or is numbered and ends in a leader whose page number wrapped away.
    /// </summary>
    public static bool Is(string text, string? number = null)
    {
        var m = Entry().Match(text.Replace('\n', ' ').Trim());
        if (!m.Success || m.Groups["title"].Value.TrimEnd().EndsWith(':')) return false;
        return m.Groups["page"].Success || number != null || Label().IsMatch(m.Groups["title"].Value);
    }

    // A title holding letters and no leader of its own, then a leader of five or more dots (spaced or not), then the page.
    [GeneratedRegex(@"^(?<title>(?:(?![.·…_]\s?[.·…_]\s?[.·…_]).)*?\p{L}(?:(?![.·…_]\s?[.·…_]\s?[.·…_]).)*?)\s*(?:[.·…_]\s?){5,}\s*(?<page>\d{1,4})?$")]
    private static partial Regex Entry();

    // "1)", "2.", "1.2", "(a)", "b.", "IV." before the title.
    [GeneratedRegex(@"^\(?(?:\d{1,3}(?:\.\d{1,3})*[.)]?|(?:[ivxlcIVXLC]{1,6}|[A-Za-z])[.)])\s+\S")]
    private static partial Regex Label();
}
