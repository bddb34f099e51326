using System.Text.RegularExpressions;
using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>Labels that open an attendance group ("Present:", "Apologies:", "In attendance:") and the status each gives.</summary>
public static partial class AttendanceLabels
{
    /// <summary>The status a label line gives and the text after the label; null when the line is not an attendance label.</summary>
    public static (string Status, string Text)? Match(string line, bool isHeading = false)
    {
        if (isHeading)
        {
            // A section heading such as "2.1.1 Voting Members Present" or "Apologies for Absence" opens a group.
            var h = HeadingLabel().Match(line);
            if (!h.Success) return null;
            line = h.Groups["label"].Value + ":";
        }
        var m = Label().Match(line);
        if (!m.Success)
        {
            // A short lead-in sentence ending in a colon: "Board members physically present:", "Participating remotely were:".
            var p = PhraseLabel().Match(line);
            if (!p.Success) return null;
            var phrase = p.Groups["phrase"].Value.ToLowerInvariant();
            var st = phrase.Contains("not present") || phrase.Contains("absent") ? AttendanceStatus.Absent
                : phrase.Contains("apolog") ? AttendanceStatus.Apologies
                : phrase.Contains("observ") || phrase.Contains("guest") || phrase.Contains("invited") ? AttendanceStatus.InAttendance
                : AttendanceStatus.Present;
            return (st, "");
        }
        var label = m.Groups["label"].Value.ToLowerInvariant();
        var status =
            label.StartsWith("apolog") || label.StartsWith("regrets") ? AttendanceStatus.Apologies :
            label.StartsWith("absent") || label.StartsWith("not present") || label.StartsWith("missing") ? AttendanceStatus.Absent :
            label.Contains("in attendance") || label.StartsWith("also") || label.StartsWith("invited") || label.StartsWith("observer")
                || label.StartsWith("guest") || label.StartsWith("visitor") || label.EndsWith("in attendance")
                ? AttendanceStatus.InAttendance : AttendanceStatus.Present;
        return (status, m.Groups["rest"].Value.Trim());
    }

    [GeneratedRegex(@"^(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?(?<label>(?:[\w’'-]+\s+){0,4}?(?:present|attending|attendance|attendees|apologies(?:\s+for\s+absence)?|absent|observers(?:\s+present)?|guests|invited|regrets|in\s+attendance))\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingLabel();

    [GeneratedRegex(@"^(?<phrase>(?:[\w’'-]+\s+){0,6}(?:present|attending|attendance|remotely|participating|participants|apologies|absent|observers|guests|invited)(?:\s+[\w’'-]+){0,2})\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PhraseLabel();

    [GeneratedRegex(@"^(?:\d{1,2}\.?\s+)?(?:[*•-]\s*)?(?<label>(?:board\s+|committee\s+|council\s+)?members\s+present|(?:trustees|governors|councillors|directors|members|officers|staff|panel\s+members|board\s+members|committee\s+members)\s+(?:present|in\s+attendance|attending)|present(?:\s+remotely|\s+in\s+person|\s+online|\s+virtually)?|those\s+(?:attending|present)|attending|attendees|attendance|(?:also\s+)?in\s+attendance|also\s+present|also\s+attending|apologies(?:\s+for\s+absence|\s+in\s+advance)?(?:\s+received)?|apologies\s+were\s+received\s+from|regrets|absent(?:\s+without\s+notice|\s+w/o\s+notice)?|not\s+present|missing(?:\s+attendees)?|invited(?:\s+guests)?|observers?|guests?|officers(?:\s+present)?|visitors?|council|remote)\b\s*(?:[:;\-–]\s*|$)(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
