using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Text;

namespace MinutesIngest.Core.Parsing.Metadata;

/// <summary>Finds the date (and time) of the next meeting when the minutes state it.</summary>
public sealed class NextMeetingParser
{
    // How far past the statement its date may lie: the statement's own line and a short block below it.
    private const int LinesAfter = 2;

    public NextMeeting? Parse(IReadOnlyList<DocLine> lines, DateOnly? meetingDate)
    {
        var monthFirst = DateFinder.DetectMonthFirst(lines.Select(l => l.Text));
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            // A statement wrapped over two lines ("… noted that the next" / "Meeting would take place on …") starts on the first.
            var own = lines[i].Text;
            var wrapped = i + 1 < lines.Count && lines[i + 1].Row < 0 ? own + " " + lines[i + 1].Text : own;
            var statement = MeetingVocabulary.NextMeetingStatement(wrapped);
            if (!statement.Success || statement.Index >= own.Length) continue;
            var tail = string.Join(" ", Scope(lines, i).Select(l => l.Text))[statement.Index..];
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

    /// <summary>The lines that may carry the date: the rest of a table row, else the statement's line and a few below it.</summary>
    private static IEnumerable<DocLine> Scope(IReadOnlyList<DocLine> lines, int at)
    {
        var start = lines[at];
        // In a table the date sits in the same row ("Date of next meeting | Monday 25 January …"), never in the next row.
        if (start.Row >= 0)
            return lines.Skip(at).TakeWhile(l => l.Block == start.Block && l.Row == start.Row);
        return lines.Skip(at).Take(LinesAfter + 1);
    }
}
