using System.Text;
using System.Text.RegularExpressions;
using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>
/// Names in a list parted by a full stop where a comma was meant ("Ann Lee, Bob Ray. Cy Dunn, Dee Fox"), a common typo in
/// long typed lists of names.
/// </summary>
public static partial class FullStopNames
{
    /// <summary>
    /// The text with such a full stop turned into a comma; a stop is only replaced where the words on both sides, up to the
    /// next separator, are each a full name (two words or more), so initials and honorifics ("A. Lee", "Dr. Ann Lee") stay.
    /// </summary>
    public static string Separate(string text)
    {
        var stops = Stop().Matches(text);
        if (stops.Count == 0) return text;
        var result = new StringBuilder();
        var from = 0;
        var previousEnd = 0;
        foreach (Match m in stops)
        {
            // The piece before the stop starts after the last separator or the previous stop.
            var start = Math.Max(previousEnd, text.LastIndexOfAny([',', ';', '(', ')'], Math.Max(m.Index - 1, 0)) + 1);
            var afterStart = m.Index + m.Length;
            var sep = text.IndexOfAny([',', ';', '(', ')'], afterStart);
            var end = sep < 0 ? text.Length : sep;
            var next = Stop().Match(text, afterStart);
            if (next.Success && next.Index < end) end = next.Index;
            previousEnd = afterStart;
            if (start > m.Index || !IsFullName(text[start..m.Index]) || !IsFullName(text[afterStart..end]) || RoleWords.IsHonorific(m.Groups["word"].Value)) continue;
            result.Append(text, from, m.Index - from).Append(", ");
            from = afterStart;
        }
        return result.Append(text[from..]).ToString();
    }

    private static bool IsFullName(string piece) =>
        PersonNames.LooksLikeName(piece.Trim()) && PersonNames.CoreTokens(piece).Count >= 2;

    // A stop after a word of two or more letters (not an initial) with a capital after it.
    [GeneratedRegex(@"(?<=\b(?<word>\p{L}[\p{L}’'-]+))\.\s+(?=\p{Lu})")]
    private static partial Regex Stop();
}
