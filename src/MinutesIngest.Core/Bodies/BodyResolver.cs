using System.Text.RegularExpressions;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Core.Bodies;

/// <summary>Which body met: the body the minutes state apart from the title, else one named in the title or the letterhead.</summary>
/// <remarks>The contract's meeting.body stays what the document states; this is the body a meeting is stored and grouped under.</remarks>
public static partial class BodyResolver
{
    private const int LetterheadLines = 4;

    /// <summary>The body as found in the document (not yet normalised), or null when the document names none.</summary>
    public static string? Find(SourceDocument document, MinutesRecord record)
    {
        if (!string.IsNullOrWhiteSpace(record.Meeting.Body)) return record.Meeting.Body;
        if (FromLine(record.Meeting.Title) is { } fromTitle) return fromTitle;
        return document.Blocks.Select(BlockText.Of).SelectMany(t => t.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0)
            .Take(LetterheadLines).Select(FromLine).FirstOrDefault(b => b != null);
    }

    /// <summary>A body named in one heading line: "Minutes of the meeting of X held on…", "X – Minutes", "Board of Trustees of X".</summary>
    public static string? FromLine(string? line)
    {
        if (string.IsNullOrWhiteSpace(line) || line.Length > 200) return null;
        var text = TailPattern().Replace(LeadPattern().Replace(line.Trim(), ""), "").Trim();
        var m = BodyPattern().Match(text);
        return m.Success ? m.Value.Trim() : null;
    }

    // "Minutes of the (annual) meeting of (the)", "Meeting notes –", "Notes of the … meeting of": what precedes the body.
    [GeneratedRegex(@"^(?:(?:draft|approved|unconfirmed|confirmed)\s+)?(?:minutes|notes|record)\s+of\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:meeting|session)\s+of\s+(?:the\s+)?|^(?:(?:draft|approved)\s+)?(?:minutes|meeting\s+notes|notes)\s*(?:of|for|[-–—:])\s*(?:the\s+)?",
        RegexOptions.IgnoreCase)]
    private static partial Regex LeadPattern();

    // What follows the body: "held on …", a date, "– Minutes", "(Public)", ": 4 March".
    [GeneratedRegex(@"\s*(?:\bheld\b|\bon\s+\w+day\b|\s[-–—]\s|[–—:|(,]|\b\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bminutes\b|\bmeeting\b).*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex TailPattern();

    // A name ending in the word for a kind of body, or a board/committee "of" an organisation.
    [GeneratedRegex(@"^(?:[\p{L}\p{N}'’&.-]+\s+){0,8}(?:(?:Parish|Town|District|Borough|County|City|Community|Village|Metropolitan|Student)\s+Council|Council|Committee|Sub-Committee|Board(?:\s+of\s+(?:Trustees|Directors|Governors|Supervisors)(?:\s+of\s+(?:the\s+)?(?:[\p{L}\p{N}'’&.-]+\s*){1,8})?)?|Trust|Trustees|Association|Society|Club|Panel|Group|Governors|Governing\s+Body|Foundation|Partnership|Forum|Cabinet|Assembly|Executive|Co-operative|Cooperative|Union|Commission|Authority|Charity|Federation|Institute|Friends\s+of\s+(?:[\p{L}\p{N}'’&.-]+\s*){1,5}|PC|TC)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex BodyPattern();
}
