using System.Text.RegularExpressions;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Attendance;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Text;

namespace MinutesIngest.Core.Parsing.Metadata;

/// <summary>Finds the meeting's title, date, start time, venue, chair and minute taker in the document's header region.</summary>
public sealed partial class MetadataParser
{
    private const int HeaderLines = 30;

    public MeetingInfo Parse(SourceDocument doc, IReadOnlyList<DocLine> lines, IReadOnlyList<Attendee> attendance, int firstItemLine)
    {
        // The header runs to just past the first item; figures deeper in the minutes are not the meeting's.
        var headerEnd = firstItemLine < lines.Count ? Math.Clamp(firstItemLine + 3, 8, HeaderLines) : HeaderLines;
        var header = lines.Take(headerEnd).ToList();
        var (title, body) = FindTitleAndBody(header);
        var year = title == null ? null : DateFinder.FindYear(title);
        var monthFirst = DateFinder.DetectMonthFirst(lines.Select(l => l.Text));
        var titleDated = title != null && DateFinder.FindFirst(title) is { YearWasGiven: true };
        var date = !titleDated && CoversSeveralMeetings(lines) ? null : FindDate(header, title, year, doc, monthFirst);
        return new MeetingInfo
        {
            Title = title == null ? null : TrimTrailingWhenAndWhere(title),
            Body = body,
            Date = date?.ToString("yyyy-MM-dd"),
            StartTime = FindTime(header, title),
            Venue = FindVenue(header, title),
            Chair = FindChair(lines, attendance),
            MinuteTaker = FindMinuteTaker(header.Count < 60 ? lines.Take(60).ToList() : header, attendance),
        };
    }

    /// <summary>The minutes' own heading (a level-1 heading first, else the first line that is not a label), and a letterhead above it.</summary>
    private static (string? Title, string? Body) FindTitleAndBody(List<DocLine> header)
    {
        var candidates = new List<DocLine>();
        var labelled = header.Select(l => TitleLabel().Match(l.Text)).FirstOrDefault(m => m.Success);
        foreach (var line in header.Take(14))
        {
            var t = line.Text.Trim().TrimEnd(':');
            if (AttendanceLabels.Match(t) != null) break;
            if (t.Length < 4 || KnownLabel().IsMatch(t) || (line.Row >= 0 && line.Column > 0)) continue;
            if (line.Origin == LineOrigin.ListItem && line.Number == null) continue;
            if (Items.NumberedLineReader.Read(t) is { Scheme: Lexicon.NumberScheme.Decimal }) break;
            candidates.Add(line);
        }
        if (labelled != null)
            return (labelled.Groups["v"].Value.Trim(), candidates.Count > 0 && IsLetterhead(candidates[0].Text.Trim()) ? candidates[0].Text.Trim() : null);
        if (candidates.Count == 0) return (null, null);
        var h1 = candidates.FirstOrDefault(c => c.Origin == LineOrigin.Heading && c.Level == 1);
        var first = h1 != null && !IsLetterhead(candidates[0].Text) ? h1 : candidates[0];
        var firstText = first.Text.Trim().TrimEnd(':');
        if (IsDateOnly(firstText)) return (null, null);
        var index = candidates.IndexOf(first);
        // A letterhead (the organisation's name) printed above the minutes' heading is the body.
        if (IsLetterhead(firstText) && index + 1 < candidates.Count && MeetingWord().IsMatch(candidates[index + 1].Text)
            && candidates[index + 1].Text.Split(' ').Length <= 16 && !HeldOn().IsMatch(candidates[index + 1].Text)
            && DateFinder.FindFirst(candidates[index + 1].Text) == null)
            return (candidates[index + 1].Text.Trim().TrimEnd(':'), firstText);
        return firstText.Split(' ').Length > 20 ? (null, null) : (firstText, null);
    }

    private static bool IsLetterhead(string text) =>
        !MeetingWord().IsMatch(text) && text.Split(' ').Length <= 10 && (OrgWord().IsMatch(text) || text.Any(char.IsLetter) && text.Where(char.IsLetter).All(char.IsUpper));

    // "… Ordinary Meeting Tuesday 7th February 2017, 7.30pm Northwold Village Hall": the when and where are not the title.
    private static string TrimTrailingWhenAndWhere(string title)
    {
        var date = DateFinder.FindFirst(title, 2000);
        if (date is not { } d || d.Index < 10 || TimeFinder.FindFirst(title[d.Index..]) == null) return title;
        var cut = Weekday().Replace(title[..d.Index], "").TrimEnd(' ', ',', '-', '–');
        return cut.Length > 0 ? cut : title;
    }

    /// <summary>A document summarising several meetings carries dates in more than one heading.</summary>
    private static bool CoversSeveralMeetings(IReadOnlyList<DocLine> lines)
    {
        // Section headings of one level each naming a different date; a heading about other minutes does not count.
        return lines.Where(l => l.Origin == LineOrigin.Heading && !OtherMinutes().IsMatch(l.Text))
            .Select(l => (l.Level, Date: DateFinder.FindFirst(l.Text)))
            .Where(x => x.Date is { YearWasGiven: true })
            .GroupBy(x => x.Level)
            .Any(g => g.Select(x => x.Date!.Value.Date).Distinct().Count() >= 2);
    }

    private static bool IsDateOnly(string t)
    {
        var d = DateFinder.FindFirst(t, 2000);
        if (d == null) return false;
        var without = t.Remove(d.Value.Index, d.Value.Length);
        return Regex.Replace(without, @"[\W\d]+|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|on|the|of)\b", "", RegexOptions.IgnoreCase).Length < 3;
    }

    private static DateOnly? FindDate(List<DocLine> header, string? title, int? year, SourceDocument doc, bool monthFirst)
    {
        var candidates = header.Where(l => !OtherMeeting().IsMatch(l.Text)).ToList();
        foreach (var l in candidates.Where(l => DateLabel().IsMatch(l.Text)))
            if (DateFinder.FindFirst(l.Text, year, monthFirst) is { } d) return d.Date;
        var all = candidates.Select(l => DateFinder.FindFirst(l.Text, year, monthFirst)).Where(d => d != null).Select(d => d!.Value).ToList();
        if (all.FirstOrDefault(d => d.YearWasGiven) is { Length: > 0 } withYear && all.All(d => d.YearWasGiven || d.Index < 0)) return withYear.Date;
        if (all.Count > 0) return all[0].Date;
        foreach (var key in (string[])["article_h1", "html_title"])
            if (doc.Properties.TryGetValue(key, out var v) && DateFinder.FindFirst(v) is { } p) return p.Date;
        return null;
    }

    private static string? FindTime(List<DocLine> header, string? title)
    {
        foreach (var l in header.Where(l => TimeLabel().IsMatch(l.Text) && !Closing().IsMatch(l.Text)))
            if (TimeFinder.FindFirst(l.Text) is { } t) return t;
        if (title != null && TimeFinder.FindFirst(title) is { } tt) return tt;
        foreach (var l in header)
        {
            if (OtherMeeting().IsMatch(l.Text) || Closing().IsMatch(l.Text)) continue;
            if (TimeFinder.FindFirst(l.Text) is { } t) return t;
        }
        return null;
    }

    private static string? FindVenue(List<DocLine> header, string? title)
    {
        foreach (var l in header)
        {
            var m = VenueLabel().Match(l.Text);
            if (m.Success) return m.Groups["v"].Value.Trim();
        }
        foreach (var text in header.Select(l => l.Text).Prepend(title ?? ""))
        {
            var m = HeldAt().Match(text);
            if (m.Success) return m.Groups["v"].Value.Trim().TrimEnd('.', ',');
        }
        // "held on Tuesday 16 May 2023 at 7.30pm in Brampford Village Hall": the place follows the date and time.
        foreach (var text in header.Take(8).Select(l => l.Text).Prepend(title ?? ""))
        {
            if (DateFinder.FindFirst(text, 2000) == null) continue;
            var times = AfterTime().Matches(text);
            if (times.Count == 0) continue;
            var tail = LeadIn().Replace(text[(times[^1].Index + times[^1].Length)..], "").Trim().TrimEnd('.');
            if (tail.Length > 2 && char.IsUpper(tail[0]) && DateFinder.FindFirst(tail, 2000) == null && !TimeZone().IsMatch(tail)) return tail;
        }
        var joined = string.Join(" ", header.Select(l => l.Text));
        var took = TookPlaceAt().Match(joined);
        return took.Success ? took.Groups["v"].Value.Trim().TrimEnd('.', ',') : null;
    }


    private static string? FindChair(IReadOnlyList<DocLine> lines, IReadOnlyList<Attendee> attendance)
    {
        foreach (var l in lines.Take(80))
        {
            if (HeaderRoleFields.Match(l.Text) is { } f && HeaderRoleFields.IsChair(f.Label) && NamesPerson(f.Value))
            {
                var names = PersonEntryParser.SplitTopLevel(f.Value).Select(p => PersonEntryParser.ParseOne(p)?.Name ?? p.Trim()).Where(p => p.Length > 0).ToList();
                if (names.Count > 1 && !names.All(PersonNames.LooksLikeName)) names = [PersonEntryParser.ParseLine(f.Value)?.Name ?? f.Value];
                return string.Join(", ", names.Select(n => Fullest(n, attendance)));
            }
        }
        var chairs = attendance.Where(a => a.Role != null && ChairRole().IsMatch(a.Role)).Select(a => a.Name).ToList();
        if (chairs.Count > 0) return string.Join(", ", chairs);
        foreach (var l in lines)
        {
            var m = Chaired().Match(l.Text);
            if (!m.Success) m = AsChair().Match(l.Text);
            if (m.Success) return Fullest(m.Groups["n"].Value, attendance);
        }
        return null;
    }

    private static bool NamesPerson(string value) => !value.Contains(':') && value.Any(char.IsLetter) &&
        PersonEntryParser.ParseLine(value) != null || PersonEntryParser.SplitTopLevel(value).All(p => PersonNames.LooksLikeName(p.Trim().Replace('_', ' ')));

    private static string Fullest(string name, IReadOnlyList<Attendee> attendance)
    {
        var i = AttendanceParser.FindPerson(attendance, name);
        return i >= 0 && PersonNames.CoreTokens(attendance[i].Name).Count >= PersonNames.CoreTokens(name).Count ? attendance[i].Name : name;
    }

    private static string? FindMinuteTaker(List<DocLine> header, IReadOnlyList<Attendee> attendance)
    {
        foreach (var l in header)
        {
            if (HeaderRoleFields.Match(l.Text) is not { } f || !HeaderRoleFields.IsMinuteTaker(f.Label) || !NamesPerson(f.Value)) continue;
            // A Secretary listed among the board's officers (beside a Treasurer) is an office, not the minute taker.
            if (f.Label.Equals("secretary", StringComparison.OrdinalIgnoreCase) && header.Any(h => h.Text.Contains("Treasurer", StringComparison.OrdinalIgnoreCase))) continue;
            var pieces = PersonEntryParser.SplitTopLevel(f.Value).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            if (pieces.Count > 1 && pieces.All(PersonNames.LooksLikeName)) return f.Value.Replace('_', ' ');
            var single = PersonEntryParser.ParseLine(f.Value)?.Name ?? f.Value;
            var who = AttendanceParser.FindPerson(attendance, single);
            return who >= 0 && PersonNames.CoreTokens(single).Count == 1 ? attendance[who].Name : single;
        }
        foreach (var l in header)
        {
            var m = TakenBy().Match(l.Text);
            if (m.Success) return PersonEntryParser.ParseOne(m.Groups["n"].Value)?.Name ?? m.Groups["n"].Value.Trim();
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:took\s+place|was\s+held|were\s+held)\b[^.]*?\bat\s+(?:the\s+)?(?<v>[A-Z][^.]*?)\s*(?:\.(?:\s|$)|$)")]
    private static partial Regex TookPlaceAt();

    [GeneratedRegex(@"\bminutes\s+(?:were\s+|was\s+)?(?:taken|recorded|written)\s+by\s+(?<n>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?:\s*\([^)]*\))?)", RegexOptions.IgnoreCase)]
    private static partial Regex TakenBy();

    [GeneratedRegex(@"\bAs\s+(?:acting\s+)?chair(?:person|man|woman)?,\s+(?<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")]
    private static partial Regex AsChair();

    [GeneratedRegex(@"^(?:date|time|venue|location|place|where|when|chair\w*|acting chair|minutes?(?:\s+taken\s+by|\s+by)?|present|apologies|attendees|attendance|in attendance|absent|regrets|meeting\s+\w+|facilitator|note\s*taker|timekeeper|secretary|scribe|president|agenda|purpose|notes?|subject|objectives?|attendees)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex KnownLabel();

    [GeneratedRegex(@"^(?:title\s+of\s+meeting|meeting\s+title|meeting\s+name|title)\s*:\s*(?<v>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleLabel();

    [GeneratedRegex(@"\bheld\s+(?:on|at|in)\b|^(?:on|at)\s", RegexOptions.IgnoreCase)]
    private static partial Regex HeldOn();

    [GeneratedRegex(@"\b(?:minutes|previous|last|next|prior)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherMinutes();

    [GeneratedRegex(@"^(?:UTC|GMT|BST|EDT|EST|CET|CEST|PST|PDT|CST|CDT)\b")]
    private static partial Regex TimeZone();

    [GeneratedRegex(@"\b(?:minutes|meeting|committee|board|panel|council|agm|trustees|governors|cabinet|forum|group|assembly|session)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingWord();

    [GeneratedRegex(@"\b(?:trust|council|office|school|academy|college|university|ltd|limited|ips|association|society|foundation|commissioner|charity|partnership|authority|department|service|services|library|libraries|inc|plc|nhs|police|fire)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrgWord();

    [GeneratedRegex(@"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:closed|close|ended|finished|concluded)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    [GeneratedRegex(@"\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[:]\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex AfterTime();

    [GeneratedRegex(@"^[\s,;–-]*(?:(?:at|in|,)\s+)*(?:the\s+(?=[A-Z]))?")]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z ]{0,25}:\s*\S")]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:meeting\s+)?date(?:\s+of\s+meeting)?\s*[:\-]|^when\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"^(?:start(?:ing)?\s+)?time\s*[:\-]|^date\b|^when\s*:|\bat\s+\d|(?:called|came)\s+(?:the\s+meeting\s+)?to\s+order|commenced|started|opened", RegexOptions.IgnoreCase)]
    private static partial Regex TimeLabel();

    [GeneratedRegex(@"^(?:meeting\s+)?(?:venue|location|place|where|room|held\s+at)\s*[:\-]\s*(?<v>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex VenueLabel();

    [GeneratedRegex(@"\bheld\s+(?:at|in)\s+(?<v>(?:the\s+)?[A-Z][^,;]*?)(?=\s+on\s+|\s*,|\s*;|\s+at\s+\d|\s*$|\s+\d)", RegexOptions.IgnoreCase)]
    private static partial Regex HeldAt();

    [GeneratedRegex(@"\b(?:previous|last|next|prior)\s+meeting|\b(?:approve|confirm|sign|agree|adopt)[ds]?\b.*\bminutes\b|\bminutes\b.*\b(?:approved|confirmed|signed|agreed|adopted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherMeeting();

    [GeneratedRegex(@"^(?:acting\s+)?(?:chair|chairman|chairperson|chairwoman|president|facilitator)$", RegexOptions.IgnoreCase)]
    private static partial Regex ChairRole();

    [GeneratedRegex(@"(?<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:chaired|chairing|was\s+in\s+the\s+chair|took\s+the\s+chair)")]
    private static partial Regex Chaired();
}
