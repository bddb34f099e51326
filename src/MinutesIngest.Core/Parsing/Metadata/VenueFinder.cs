using System.Text.RegularExpressions;
using MinutesIngest.Core.Parsing.Attendance;
using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Text;

namespace MinutesIngest.Core.Parsing.Metadata;

/// <summary>Where the meeting was held: a venue label, a "held at/in" clause, an address line in the heading stack, or the place after the date and time.</summary>
public static partial class VenueFinder
{
    // The heading stack (title, date, place) sits in the first few lines; an address further down is someone's letter.
    private const int StackLines = 6;
    private const int MaxAddressWords = 16;

    public static string? Find(List<DocLine> header, string? title, string? body)
    {
        foreach (var l in header)
        {
            var m = VenueLabel().Match(l.Text);
            if (m.Success) return m.Groups["v"].Value.Trim();
        }
        foreach (var text in header.Select(l => l.Text).Prepend(title ?? ""))
            if (HeldClause(text) is { } held) return held;
        if (AddressLine(header, title, body) is { } address) return address;
        // "held on Tuesday 16 May 2023 at 7.30pm in Brampford Village Hall": the place follows the date and time.
        foreach (var text in header.Take(8).Select(l => l.Text).Prepend(title ?? ""))
        {
            if (DateFinder.FindFirst(text, 2000) == null) continue;
            var times = AfterTime().Matches(text);
            if (times.Count == 0) continue;
            var tail = LeadIn().Replace(text[(times[^1].Index + times[^1].Length)..], "").Trim().TrimEnd('.');
            if (tail.Length > 2 && char.IsUpper(tail[0]) && DateFinder.FindFirst(tail, 2000) == null && !TimeZone().IsMatch(tail)) return tail;
        }
        // "Thursday 9 May 2019 at the Village Hall", "6pm to 9pm at the Old School", "7.00 – 8.30 p.m. on Zoom": a date or a
        // time alone, then the place after "at" or "in", or the platform after "on".
        foreach (var text in header.Take(StackLines).Select(l => l.Text).Prepend(title ?? ""))
        {
            var end = DateFinder.FindAll(text, 2000).Select(d => d.Index + d.Length)
                .Concat(AfterTime().Matches(text).Select(t => t.Index + t.Length)).DefaultIfEmpty(-1).Max();
            if (end < 0) continue;
            var place = PlaceAfterWhen().Match(text[end..]);
            if (place.Success && place.Groups["v"].Value.Trim().TrimEnd('.', ',') is { Length: > 2 } v && DateFinder.FindFirst(v, 2000) == null && !TimeZone().IsMatch(v))
                return v;
        }
        var joined = string.Join(" ", header.Select(l => l.Text));
        var took = TookPlaceAt().Match(joined);
        return took.Success ? took.Groups["v"].Value.Trim().TrimEnd('.', ',') : null;
    }

    /// <summary>
    /// The place in "held at/in PLACE" (also "held on DATE at PLACE"), cut where the sentence turns to the date or time:
    /// "Held in the Board Room, Elderpark Workspace at 7 p.m." → "the Board Room, Elderpark Workspace".
    /// </summary>
    public static string? HeldClause(string text)
    {
        var m = HeldAt().Match(text);
        if (!m.Success) return null;
        var place = m.Groups["v"].Value;
        var cut = place.Length;
        if (DateFinder.FindFirst(place, 2000) is { } d) cut = Math.Min(cut, d.Index);
        if (TimeFinder.FindAll(place).Select(t => t.Index).Cast<int?>().FirstOrDefault() is { } t) cut = Math.Min(cut, t);
        if (TurnToWhen().Match(place) is { Success: true } w) cut = Math.Min(cut, w.Index);
        var v = TrailingLinks().Replace(place[..cut], "").Trim().TrimEnd('.', ',', ':', ';', ' ');
        return v.Length > 2 ? v : null;
    }

    /// <summary>A line of the heading stack that is an address or a named venue ("Open Data Institute, 65 Clifton Street, London EC2A 4JE").</summary>
    private static string? AddressLine(List<DocLine> header, string? title, string? body)
    {
        foreach (var l in header.Take(StackLines))
        {
            var t = l.Text.Trim().TrimEnd(',');
            if (AttendanceLabels.Match(t) != null || Lexicon.NumberedLineReader.Read(t) != null) break;
            if (l.Row >= 0 || l.Origin == LineOrigin.ListItem || t.Contains(':') || t.EndsWith('.')) continue;
            if (Same(t, title) || Same(t, body) || (title != null && title.Contains(t, StringComparison.OrdinalIgnoreCase))) continue;
            if (DateFinder.FindFirst(t, 2000) != null || TimeFinder.FindFirst(t) != null || MeetingVocabulary.HasMeetingWord(t) && !MeetingVocabulary.HasVenueWord(t)) continue;
            var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words > MaxAddressWords || !char.IsUpper(t[0]) && !char.IsDigit(t[0])) continue;
            if (Postcode().IsMatch(t) || StreetNumber().IsMatch(t) || StateAtEnd().IsMatch(t)) return t;
            if (MeetingVocabulary.HasVenueWord(t) && (t.Contains(',') || words <= 6)) return t;
        }
        return null;
    }

    private static bool Same(string a, string? b) => b != null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:meeting\s+)?(?:venue|location|place|where|room|held\s+at|address)\s*[:\-]\s*(?<v>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex VenueLabel();

    // "held at/in X", or "held on <date> at/in X" where X does not start with a clock time.
    [GeneratedRegex(@"\bheld\s+(?:on\s+[^;:.]*?\s+)?(?:at|in)\s+(?!\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\b|hrs\b))(?<v>(?:the\s+)?\p{Lu}(?:[^;.]|\.(?=\S)|(?<=\b\p{L}{1,3})\.\s)*)", RegexOptions.IgnoreCase)]
    private static partial Regex HeldAt();

    [GeneratedRegex(@"[\s,]+(?:on\s+|at\s+\d|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|commencing\b|starting\b|from\s+\d)", RegexOptions.IgnoreCase)]
    private static partial Regex TurnToWhen();

    [GeneratedRegex(@"\s*\([^)]*$")]
    private static partial Regex TrailingLinks();

    [GeneratedRegex(@"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"\b\d{1,4}[a-z]?\s+\p{Lu}\w+\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Place|Square|Court|Crescent|Terrace|Parade|Highway|Hwy)\b")]
    private static partial Regex StreetNumber();

    [GeneratedRegex(@",\s*(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|NSW|VIC|QLD|WA|SA|TAS|ACT|NT|BC|AB|ON|QC|MB|SK|NS|NB)$")]
    private static partial Regex StateAtEnd();

    [GeneratedRegex(@"\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}[:]\d{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex AfterTime();

    [GeneratedRegex(@"^[\s,;–-]*(?:(?:at|in|,)\s+)*(?:the\s+(?=[A-Z]))?")]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"^\s*,?\s*(?:(?:at|in)\s+(?:the\s+)?(?<v>\p{Lu}[^;]*)|on\s+(?<v>(?:Zoom|Microsoft\s+Teams|MS\s+Teams|Teams|Google\s+Meet|Skype|Webex|Jitsi|Discord)\b[^;]*))$")]
    private static partial Regex PlaceAfterWhen();

    [GeneratedRegex(@"^(?:UTC|GMT|BST|EDT|EST|CET|CEST|PST|PDT|CST|CDT)\b")]
    private static partial Regex TimeZone();

    [GeneratedRegex(@"\b(?:took\s+place|was\s+held|were\s+held)\b[^.]*?\bat\s+(?:the\s+)?(?<v>[A-Z][^.]*?)\s*(?:\.(?:\s|$)|$)")]
    private static partial Regex TookPlaceAt();
}
