using System.Text.RegularExpressions;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Text;

namespace MinutesIngest.Core.Parsing.Metadata;

/// <summary>Finds the date (and time) of the next meeting when the minutes state it.</summary>
public sealed partial class NextMeetingParser
{
    public NextMeeting? Parse(IReadOnlyList<DocLine> lines, DateOnly? meetingDate)
    {
        var monthFirst = DateFinder.DetectMonthFirst(lines.Select(l => l.Text));
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (!NextMeetingPhrase().IsMatch(lines[i].Text)) continue;
            var text = string.Join(" ", lines.Skip(i).Take(3).Select(l => l.Text));
            var phrase = NextMeetingPhrase().Match(text);
            var tail = text[phrase.Index..];
            var year = meetingDate?.Year;
            var date = DateFinder.FindFirst(tail, year, monthFirst);
            if (date == null) continue;
            var d = date.Value.Date;
            if (!date.Value.YearWasGiven && meetingDate is { } md && d < md) d = d.AddYears(1);
            // The time belongs to the next meeting only when written next to its date.
            var afterDate = tail[date.Value.Index..Math.Min(tail.Length, date.Value.Index + date.Value.Length + 40)];
            var beforeDate = tail[Math.Max(0, date.Value.Index - 30)..date.Value.Index];
            var time = TimeFinder.FindFirst(afterDate) ?? TimeFinder.FindFirst(beforeDate);
            return new NextMeeting { Date = d.ToString("yyyy-MM-dd"), StartTime = time };
        }
        return null;
    }

    [GeneratedRegex(@"\bnext\s+(?:\w+\s+){0,2}meeting|\bdate\s+of\s+(?:the\s+)?next\b|\bnext\s+(?:\w+\s+)?(?:is|will\s+be)\s+(?:on|held)", RegexOptions.IgnoreCase)]
    private static partial Regex NextMeetingPhrase();
}
