using System.Text.RegularExpressions;
using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Items;

/// <summary>
/// The heading of an annex or appendix printed after the minutes ("ANNEX 1 – AGENDA", "Appendix B: List of participants"):
/// what follows it (the agenda again, a participants list, papers) is attached to the minutes, and its numbered lists are
/// no items of the meeting.
/// </summary>
internal static partial class AppendixHeading
{
    public static bool Is(DocLine line)
    {
        if (line.Number != null || !line.StartsBlock || line.IsMargin || line.Row >= 0 || line.Origin == LineOrigin.ListItem) return false;
        var text = line.Text.Trim();
        if (text.Length > 80 || !Heading().IsMatch(text)) return false;
        // A heading, or a line in capitals standing for one.
        return line.Origin == LineOrigin.Heading || !text.Any(char.IsLower);
    }

    [GeneratedRegex(@"^(?:annex(?:es)?|appendix|appendices)(?:\s+(?:\d{1,2}(?:\.\d{1,2})?|[A-Z]|[IVX]{1,4}))?\s*(?:$|[-–—:.]\s*\S.*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();
}
