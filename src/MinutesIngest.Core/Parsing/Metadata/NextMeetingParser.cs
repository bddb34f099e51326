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

    public NextMeeting? Parse(IReadOnlyList<DocLine> lines, DateOnly? meetingDate, bool monthFirst)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            // A statement wrapped over two lines ("… noted that the next" / "Meeting would take place on …") starts on the first.
            var own = lines[i].Text;
            var wrapped = i + 1 < lines.Count && lines[i + 1].Row < 0 ? own + " " + lines[i + 1].Text : own;
            var statement = MeetingVocabulary.NextMeetingStatement(wrapped);
            if (!statement.Success || statement.Index >= own.Length) continue;
            // Lines are joined by newlines so the time can be kept to the statement's own lines; a table row's cells are one statement.
            var tail = string.Join(lines[i].Row >= 0 ? " " : "\n", Scope(lines, i).Select(l => l.Text))[statement.Index..];
            var year = meetingDate?.Year;
            var date = DateFinder.FindFirst(tail, year, monthFirst);
            if (date == null) continue;
            var d = date.Value.Date;
            if (!date.Value.YearWasGiven && meetingDate is { } md && d < md) d = d.AddYears(1);
            var time = TimeFinder.FindFirst(AfterDate(tail, date.Value.Index + date.Value.Length)) ?? TimeFinder.FindFirst(BeforeDate(tail[..date.Value.Index]));
            return new NextMeeting { Date = d.ToString("yyyy-MM-dd"), StartTime = time };
        }
        return null;
    }

    /// <summary>
    /// Where a time after the date belongs to the next meeting: next to the date on its own line, or on the line it runs on
    /// to ("… 2 April at" / "7.30pm"), that restates the date with its time ("Wednesday, 29 Nov 2017, 01:00pm") or gives it
    /// as a field ("Time: 7:30 p.m."); never in
    /// another line or a closing remark, whose time is when this meeting ended ("Meeting closed at 9:10").
    /// </summary>
    private static string AfterDate(string tail, int dateEnd)
    {
        var after = tail[dateEnd..Math.Min(tail.Length, dateEnd + 40)];
        var lineEnd = after.IndexOf('\n');
        if (lineEnd >= 0 && !MeetingVocabulary.EndsWithConnective(tail[..(dateEnd + lineEnd)]) && !ContinuesWhen(tail[(dateEnd + lineEnd + 1)..]))
            after = after[..lineEnd];
        return MeetingVocabulary.ClosingStatement(after) is { Success: true } closing ? after[..closing.Index] : after;
    }

    // A line that opens with a date (after at most a weekday), a time or a "Time:" field gives the when of the statement above it.
    private static bool ContinuesWhen(string nextLine)
    {
        var text = nextLine.TrimStart('|', ' ', '\t', '-', '•');
        return MeetingVocabulary.IsWhenLabel(text) || DateFinder.FindFirst(text, 2000) is { Index: <= 12 } || TimeFinder.FindAll(text).FirstOrDefault() is { Time: not null, Index: 0 };
    }

    /// <summary>
    /// The statement's text before its date: the first time stated there is the meeting's ("… at 9 pm local time (3 am
    /// GMT), on July 22": 21:00); a closing remark's time is not.
    /// </summary>
    private static string BeforeDate(string before) =>
        string.Join("\n", before.Split('\n').Where(l => !MeetingVocabulary.ClosingStatement(l).Success));

    /// <summary>The lines that may carry the date: the rest of a table row, else the statement's line and a few below it.</summary>
    private static IEnumerable<DocLine> Scope(IReadOnlyList<DocLine> lines, int at)
    {
        var start = lines[at];
        // In a table the date sits in the same row ("Date of next meeting | Monday 25 January …"), never in the next row.
        if (start.Row >= 0)
            return lines.Skip(at).TakeWhile(l => l.Block == start.Block && l.Row == start.Row);
        var after = lines.Skip(at).Take(LinesAfter + 1);
        // A statement that says when and closes with a full stop ("Next meeting: in one month.") ends there: a date in the
        // blocks after it belongs to what follows (a later meeting's heading in a log of meetings).
        return LabelWithClosedValue(start.Text) ? after.TakeWhile(l => l.Block == start.Block) : after;
    }

    // "Next meeting: in one month.": the label, a colon and its value closed by a full stop.
    private static bool LabelWithClosedValue(string text) =>
        MeetingVocabulary.NextMeetingStatement(text) is { Success: true } m && text[(m.Index + m.Length)..].Trim() is [':', .. var value]
        && value.Trim() is { Length: > 0 } v && v.EndsWith('.');
}
