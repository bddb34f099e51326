using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>
/// An attendance entry led by a code and a dash ("101 – Ann Lee"), as owners' associations list owners by unit or lot and
/// clubs list members by number: the code is the entry's descriptor, not an item number.
/// </summary>
public static partial class CodedEntry
{
    /// <summary>The code and the entry after the dash; null when the line is not led by a code and a spaced dash.</summary>
    public static (string Code, string Entry)? Read(string line)
    {
        var m = Coded().Match(line.Trim());
        return m.Success ? (m.Groups["code"].Value, m.Groups["entry"].Value.Trim()) : null;
    }

    // A number of up to six digits with an optional letter ("12B"), then a spaced dash; "1. Welcome" and "1 Welcome" are not
    // coded, and a dash without spaces ("4-6") is a range.
    [GeneratedRegex(@"^(?<code>\d{1,6}[A-Z]?)\s+[-–—]\s+(?<entry>\p{Lu}.*)$")]
    private static partial Regex Coded();
}
