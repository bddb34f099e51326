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
        var headerEnd = Math.Min(lines.Count, Math.Max(Math.Min(HeaderLines, lines.Count), Math.Min(firstItemLine + 3, HeaderLines)));
        var header = lines.Take(Math.Max(headerEnd, 8)).ToList();
        var title = FindTitle(header);
        var year = title == null ? null : DateFinder.FindYear(title);
        var date = FindDate(header, title, year, doc);
        return new MeetingInfo
        {
            Title = title,
            Date = date?.ToString("yyyy-MM-dd"),
            StartTime = FindTime(header, title),
            Venue = FindVenue(header, title),
            Chair = FindChair(lines, attendance),
            MinuteTaker = FindMinuteTaker(header.Count < 60 ? lines.Take(60).ToList() : header, attendance),
        };
    }

    private static string? FindTitle(List<DocLine> header)
    {
        foreach (var line in header.Take(12))
        {
            var t = line.Text.Trim().TrimEnd(':');
            if (AttendanceLabels.Match(t) != null) return null;
            if (t.Length < 4 || Label().IsMatch(t) || AttendanceLabels.Match(t) != null) continue;
            if (line.Row >= 0 && line.Column > 0) continue;
            if (IsDateOnly(t)) return line.Origin == LineOrigin.Heading ? null : null;
            if (t.Split(' ').Length > 20) return null;
            if (Items.NumberedLineReader.Read(t) is { Scheme: Items.NumberScheme.Decimal }) return null;
            return t;
        }
        return null;
    }

    private static bool IsDateOnly(string t)
    {
        var d = DateFinder.FindFirst(t, 2000);
        if (d == null) return false;
        var without = t.Remove(d.Value.Index, d.Value.Length);
        return Regex.Replace(without, @"[\W\d]+|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|on|the|of)\b", "", RegexOptions.IgnoreCase).Length < 3;
    }

    private static DateOnly? FindDate(List<DocLine> header, string? title, int? year, SourceDocument doc)
    {
        var candidates = header.Where(l => !OtherMeeting().IsMatch(l.Text)).ToList();
        foreach (var l in candidates.Where(l => DateLabel().IsMatch(l.Text)))
            if (DateFinder.FindFirst(l.Text, year) is { } d) return d.Date;
        var all = candidates.Select(l => DateFinder.FindFirst(l.Text, year)).Where(d => d != null).Select(d => d!.Value).ToList();
        if (all.FirstOrDefault(d => d.YearWasGiven) is { Length: > 0 } withYear && all.All(d => d.YearWasGiven || d.Index < 0)) return withYear.Date;
        if (all.Count > 0) return all[0].Date;
        foreach (var key in (string[])["article_h1", "html_title"])
            if (doc.Properties.TryGetValue(key, out var v) && DateFinder.FindFirst(v) is { } p) return p.Date;
        return null;
    }

    private static string? FindTime(List<DocLine> header, string? title)
    {
        foreach (var l in header.Where(l => TimeLabel().IsMatch(l.Text)))
            if (TimeFinder.FindFirst(l.Text) is { } t) return t;
        if (title != null && TimeFinder.FindFirst(title) is { } tt) return tt;
        foreach (var l in header)
        {
            if (OtherMeeting().IsMatch(l.Text)) continue;
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
        var joined = string.Join(" ", header.Select(l => l.Text));
        var took = TookPlaceAt().Match(joined);
        return took.Success ? took.Groups["v"].Value.Trim().TrimEnd('.', ',') : null;
    }


    private static string? FindChair(IReadOnlyList<DocLine> lines, IReadOnlyList<Attendee> attendance)
    {
        foreach (var l in lines.Take(80))
        {
            if (HeaderRoleFields.Match(l.Text) is { } f && HeaderRoleFields.IsChair(f.Label))
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

    private static string Fullest(string name, IReadOnlyList<Attendee> attendance)
    {
        var i = AttendanceParser.FindPerson(attendance, name);
        return i >= 0 && PersonNames.CoreTokens(attendance[i].Name).Count >= PersonNames.CoreTokens(name).Count ? attendance[i].Name : name;
    }

    private static string? FindMinuteTaker(List<DocLine> header, IReadOnlyList<Attendee> attendance)
    {
        foreach (var l in header)
        {
            if (HeaderRoleFields.Match(l.Text) is not { } f || !HeaderRoleFields.IsMinuteTaker(f.Label)) continue;
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

    [GeneratedRegex(@"^[A-Za-z][A-Za-z ]{0,25}:\s*\S")]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:meeting\s+)?date(?:\s+of\s+meeting)?\s*[:\-]|^when\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"^(?:start(?:ing)?\s+)?time\s*[:\-]|^date\b|^when\s*:|\bat\s+\d|(?:called|came)\s+(?:the\s+meeting\s+)?to\s+order|commenced|started|opened", RegexOptions.IgnoreCase)]
    private static partial Regex TimeLabel();

    [GeneratedRegex(@"^(?:venue|location|place|where|meeting\s+place|meeting\s+room|held\s+at)\s*[:\-]\s*(?<v>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex VenueLabel();

    [GeneratedRegex(@"\bheld\s+(?:at|in)\s+(?<v>(?:the\s+)?[A-Z][^,;]*?)(?=\s+on\s+|\s*,|\s*;|\s+at\s+\d|\s*$|\s+\d)", RegexOptions.IgnoreCase)]
    private static partial Regex HeldAt();

    [GeneratedRegex(@"\b(?:previous|last|next|prior)\s+meeting|\b(?:approve|confirm|sign|agree|adopt)[ds]?\b.*\bminutes\b|\bminutes\b.*\b(?:approved|confirmed|signed|agreed|adopted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherMeeting();

    [GeneratedRegex(@"^(?:acting\s+)?(?:chair|chairman|chairperson|chairwoman|president|facilitator)$", RegexOptions.IgnoreCase)]
    private static partial Regex ChairRole();

    [GeneratedRegex(@"(?<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:chaired|was\s+in\s+the\s+chair|took\s+the\s+chair)")]
    private static partial Regex Chaired();
}
