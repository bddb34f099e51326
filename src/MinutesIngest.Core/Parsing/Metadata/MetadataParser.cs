using System.Text.RegularExpressions;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Attendance;
using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Text;

namespace MinutesIngest.Core.Parsing.Metadata;

/// <summary>Finds the meeting's title, date, start time, venue, chair and minute taker in the document's header region.</summary>
public sealed partial class MetadataParser
{
    private const int HeaderLines = 30;

    public MeetingInfo Parse(SourceDocument doc, IReadOnlyList<DocLine> lines, IReadOnlyList<Attendee> attendance, int firstItemLine, bool monthFirst)
    {
        // The header runs to just past the first item; figures deeper in the minutes are not the meeting's.
        // A table row counts once however many lines its cells hold (a column of names in one cell is one entry).
        var rowStarts = RowStarts(lines);
        var firstItemRow = firstItemLine < lines.Count ? rowStarts.Count(s => s <= firstItemLine) - 1 : int.MaxValue;
        var headerRows = firstItemRow != int.MaxValue ? Math.Clamp(firstItemRow + 3, 8, HeaderLines) : HeaderLines;
        var headerEnd = headerRows < rowStarts.Count ? rowStarts[headerRows] : lines.Count;
        var raw = lines.Take(headerEnd).ToList();
        var header = HeadingStack.From(raw);
        var (title, body) = TitleFinder.Find(raw, header, doc);
        var running = RunningHeaderTitle.IsBare(title) ? RunningHeaderTitle.Find(doc) : null;
        if (running != null) title = running.Value.Title;
        var year = title == null ? null : DateFinder.FindYear(title);
        // A date in the heading (also in a wrapped heading's cut-off clause) names this meeting.
        var heading = title != null && header.Count > 0 && header[0].Text.StartsWith(title, StringComparison.Ordinal) ? header[0].Text : title;
        var titleDated = heading != null && DateFinder.FindFirst(heading) is { YearWasGiven: true };
        // Minutes of several meetings in one document have no one date (labelling.md).
        var date = running?.Date ?? (!titleDated && CoversSeveralMeetings(lines) ? null : FindDate(header, title, year, doc, monthFirst));
        return new MeetingInfo
        {
            Title = title == null ? null : TrimTrailingWhenAndWhere(title),
            Body = body,
            Date = date?.ToString("yyyy-MM-dd"),
            StartTime = EveningStart.Read(FindTime(header, title), raw, lines),
            Venue = VenueFinder.Find(header, title, body),
            Chair = MeetingPeopleFinder.FindChair(lines, header.Count, attendance),
            MinuteTaker = MeetingPeopleFinder.FindMinuteTaker(header.Count < 60 ? lines.Take(60).ToList() : header, attendance),
        };
    }

    // "… Ordinary Meeting Tuesday 7th February 2017, 7.30pm Example Hall", "… meeting Monday 10th May 2021 at the
    // Community Centre": the when and where are not the title.
    private static string TrimTrailingWhenAndWhere(string title)
    {
        var date = DateFinder.FindFirst(title, 2000);
        if (date is not { } d || d.Index < 10) return title;
        // "Minutes of the meeting of the Board on the 3rd of May 2021": a clause opened by "on" says when; a date standing in
        // the heading by itself ("Board meeting – 3 May 2021") is part of its name, and "held on …" is cut where a time or a
        // venue follows it, as below.
        if (DateClause().Match(Weekday().Replace(title[..d.Index], "")) is { Success: true } on && title[(d.Index + d.Length)..].Trim().Length == 0)
            return title[..on.Index].TrimEnd(' ', ',');
        if (TimeFinder.FindFirst(title[d.Index..]) == null && !VenueAfterDate().IsMatch(title[(d.Index + d.Length)..])) return title;
        var cut = Weekday().Replace(title[..d.Index], "").TrimEnd(' ', ',', '-', '–');
        return cut.Length > 0 ? cut : title;
    }

    /// <summary>A document summarising several meetings carries dates in more than one heading.</summary>
    private static bool CoversSeveralMeetings(IReadOnlyList<DocLine> lines)
    {
        // Headings of one level each naming a different date; a heading about other minutes does not count, nor
        // does the end of a reporting period ("Accounts for the year ending 30 June 2024"), which dates no meeting.
        var headings = lines.Where(l => l.Origin == LineOrigin.Heading && !OtherMinutes().IsMatch(l.Text))
            .Select(l => (l.Level, l.Text, Date: DateFinder.FindFirst(l.Text)))
            .Where(x => x.Date is not { } d || !PeriodEnd().IsMatch(x.Text[..d.Index]))
            .Where(x => x.Date is { YearWasGiven: true })
            .GroupBy(x => x.Level)
            .Any(g => g.Select(x => x.Date!.Value.Date).Distinct().Count() >= 2);
        return headings || LabelledDates(lines).Distinct().Count() >= 2;
    }

    // A log of several meetings repeats its record's "Date" field, as a label line ("Date: 2024/03/05") or a table's label
    // cell beside the value, once for each meeting.
    private static IEnumerable<DateOnly> LabelledDates(IReadOnlyList<DocLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            var text = l.Row >= 0 && l.Column == 0 && DateCell().IsMatch(l.Text) && i + 1 < lines.Count && lines[i + 1] is { } value
                && value.Block == l.Block && value.Row == l.Row ? "Date: " + value.Text : l.Text;
            if (DateLabel().IsMatch(text) && DateFinder.FindFirst(text) is { YearWasGiven: true } d) yield return d.Date;
        }
    }

    private static DateOnly? FindDate(List<DocLine> header, string? title, int? year, SourceDocument doc, bool monthFirst)
    {
        // A site generator's front-matter assignment ('date = "2022-03-09T22:09:00"') dates the page's publication, not the meeting.
        var candidates = header.Where(l => !OtherMeeting().IsMatch(l.Text) && !MeetingVocabulary.IsAssignment(l.Text)).ToList();
        foreach (var l in candidates.Where(l => DateLabel().IsMatch(l.Text)))
            if (DateFinder.FindFirst(l.Text, year, monthFirst) is { } d) return d.Date;
        var all = candidates.Select(l => DateFinder.FindFirst(l.Text, year, monthFirst)).Where(d => d != null).Select(d => d!.Value).ToList();
        if (all.FirstOrDefault(d => d.YearWasGiven) is { Length: > 0 } withYear && all.All(d => d.YearWasGiven || d.Index < 0)) return withYear.Date;
        if (all.Count > 0) return all[0].Date;
        // The page's own title dates the meeting when the text does not ("… teleconf — 02 Feb 2017", "Minutes for 2014-05-01"); a
        // site generator's "date:" field is when the page was published, often weeks later, and is not read.
        foreach (var key in (string[])["article_h1", "html_title", "front_matter_title"])
            if (doc.Properties.TryGetValue(key, out var v) && DateFinder.FindFirst(v) is { } p) return p.Date;
        // When nothing else dates the page, a bare front-matter date ("date: 2020-09-01") typed by whoever wrote the notes
        // names the meeting's day; a timestamp ("2021-11-15T11:00:00Z") is the generator's record of publication.
        if (doc.Properties.TryGetValue("front_matter_date", out var typed) && BareIsoDate().IsMatch(typed.Trim()) && DateFinder.FindFirst(typed) is { YearWasGiven: true } fm)
            return fm.Date;
        return null;
    }

    // The index of the first line of each line or table row.
    private static List<int> RowStarts(IReadOnlyList<DocLine> lines)
    {
        var starts = new List<int>();
        for (var i = 0; i < lines.Count; i++)
            if (i == 0 || lines[i].Row < 0 || lines[i].Row != lines[i - 1].Row || lines[i].Block != lines[i - 1].Block) starts.Add(i);
        return starts;
    }

    /// <summary>
    /// The stated start time: a Time/Start field, else the time on the title or the date line, else the time the meeting was
    /// called to order or opened (used only when no time is stated).
    /// </summary>
    private static string? FindTime(List<DocLine> header, string? title)
    {
        var usable = header.Where(l => !MeetingVocabulary.ClosingStatement(l.Text).Success && !OtherMeeting().IsMatch(l.Text)).ToList();
        foreach (var l in usable.Where(l => MeetingVocabulary.IsWhenLabel(l.Text)))
            if (TimeFinder.FindFirst(l.Text) is { } t) return t;
        if (title != null && TimeFinder.FindFirst(title) is { } tt) return tt;
        // A schedule naming several slots ("Tea 6pm-6:45pm, Meeting 6:45pm-8:15pm") starts the meeting at the meeting's slot.
        foreach (var l in usable)
            foreach (Match slot in MeetingSlot().Matches(l.Text))
                if (TimeFinder.FindAll(l.Text).FirstOrDefault(t => t.Index == slot.Index + slot.Length) is { Time: { } st }) return st;
        // A time stamped in UTC/GMT beside the date is a log's, not the stated local start.
        for (var i = 0; i < usable.Count; i++)
        {
            var l = usable[i];
            if (OpeningTime().IsMatch(l.Text) || DateFinder.FindFirst(l.Text, 2000) == null) continue;
            // "… met on Tuesday, 16 Apr 2002 at" / "01:00p EDT": the time may wrap onto the next line.
            var text = MeetingVocabulary.EndsWithConnective(l.Text) && i + 1 < usable.Count ? l.Text + " " + usable[i + 1].Text : l.Text;
            if (TimeFinder.FindAll(text).FirstOrDefault(t => !UniversalZone().IsMatch(text[t.Index..])) is { Time: { } t }) return t;
        }
        // A time on its own line under the heading or date ("4:00pm Eastern Time") is stated, and wins over the time the
        // meeting was opened at.
        foreach (var l in usable.Where(l => !OpeningTime().IsMatch(l.Text) && l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6))
            if (TimeFinder.FindAll(l.Text).FirstOrDefault() is { Time: { } t, Index: 0 }) return t;
        foreach (var l in usable.Where(l => OpeningTime().IsMatch(l.Text)))
            if (TimeFinder.FindFirst(l.Text) is { } t) return t;
        foreach (var l in usable)
            if (TimeFinder.FindFirst(l.Text) is { } t) return t;
        return null;
    }

    [GeneratedRegex(@"(?<!\bheld)\s+on\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateClause();

    [GeneratedRegex(@"^\s*,?\s*(?:at|in)\s+(?:the\s+)?\p{Lu}")]
    private static partial Regex VenueAfterDate();

    [GeneratedRegex(@"(?<=[,;]\s*|^)meeting\s*(?:(?:starts?|begins?|commences?)\s+)?(?:(?:at|from)\s+)?(?=\d)", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingSlot();

    [GeneratedRegex(@"^[\d:.apm ]*(?:UTC|GMT|Z)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UniversalZone();

    [GeneratedRegex(@"\bat\s+\d|(?:called|came)\s+(?:the\s+meeting\s+)?to\s+order|commenced|started|opened|convened", RegexOptions.IgnoreCase)]
    private static partial Regex OpeningTime();

    [GeneratedRegex(@"\b(?:ended|ending|as\s+(?:at|of))\s+(?:on\s+)?(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodEnd();

    [GeneratedRegex(@"\b(?:minutes|previous|last|next|prior)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherMinutes();

    [GeneratedRegex(@"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^(?:meeting\s+)?date(?:\s+of\s+meeting)?\s*[:\-]|^when\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"^(?:meeting\s+)?date(?:time|\s+and\s+time|\s+of\s+meeting)?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateCell();


    [GeneratedRegex(@"\b(?:previous|last|next|prior)\s+meeting|\b(?:approv(?:e[ds]?|al)|confirm(?:s|ed|ation)?|sign(?:s|ed|ing)?|agree[ds]?|adopt(?:s|ed|ion)?)\b.*\bminutes\b|\bminutes\b.*\b(?:approved|confirmed|signed|agreed|adopted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherMeeting();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex BareIsoDate();
}
