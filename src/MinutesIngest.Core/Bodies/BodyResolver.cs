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
    public static string? Find(SourceDocument document, MinutesRecord record) => ParentOf(FindNamed(document, record));

    private static string? FindNamed(SourceDocument document, MinutesRecord record)
    {
        if (!string.IsNullOrWhiteSpace(record.Meeting.Body)) return record.Meeting.Body;
        if (FromLine(record.Meeting.Title) is { } fromTitle) return fromTitle;
        return document.Blocks.Select(BlockText.Of).SelectMany(t => t.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0)
            .Take(LetterheadLines).Select(FromLine).FirstOrDefault(b => b != null);
    }

    /// <summary>The council or organisation a committee named with it belongs to ("X Council Planning Committee", "Planning
    /// Committee of X Council" → "X Council"): the committee is a series of that body, not a body of its own.</summary>
    public static string? ParentOf(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return body;
        var m = CommitteeOfParentPattern().Match(body.Trim());
        if (!m.Success) m = ParentThenCommitteePattern().Match(body.Trim());
        return m.Success ? m.Groups["parent"].Value.Trim() : body;
    }

    // "Planning Committee of (the) X Parish Council".
    [GeneratedRegex(@"^(?:[\p{L}'’&-]+\s+){0,5}?(?:Committee|Sub-Committee|Panel|Working\s+Group)\s+of\s+(?:the\s+)?(?<parent>(?:[\p{L}\p{N}'’&.-]+\s+){1,8}(?:Council|Board|Trust|Society|Association|Authority))$",
        RegexOptions.IgnoreCase)]
    private static partial Regex CommitteeOfParentPattern();

    // "X Parish Council Planning Committee", "X Town Council – Finance Committee".
    [GeneratedRegex(@"^(?<parent>(?:[\p{L}\p{N}'’&.-]+\s+){1,8}Council)\s+(?:[-–—:]\s+)?(?:[\p{L}'’&-]+\s+){0,5}(?:Committee|Sub-Committee|Panel|Working\s+Group)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex ParentThenCommitteePattern();

    /// <summary>A body named in one heading line: "Minutes of the meeting of X held on…", "X – Minutes", "Board of Trustees of X",
    /// "X Annual General Meeting", "X – Local Governing Body", "X: Minutes of the Board of Trustees".</summary>
    public static string? FromLine(string? line)
    {
        if (string.IsNullOrWhiteSpace(line) || line.Length > 200) return null;
        return NamedIn(line.Trim());
    }

    private static string? NamedIn(string line)
    {
        if (OrganisationAfterMeeting(line) is { } organisation) return organisation;
        if (StandardsCommitteePattern().Match(line) is { Success: true } standards) return standards.Groups["body"].Value;
        var text = TailPattern().Replace(LeadPattern().Replace(line, ""), "").Trim();
        var m = BodyPattern().Match(text);
        if (m.Success) return m.Value.Trim();
        // "Minutes of the (5th) meeting of the X": whatever capitalised name follows is the body, whatever kind it is.
        if (MeetingOfLeadPattern().IsMatch(line) && NamePattern().IsMatch(text)) return text;
        if (GeneralMeetingPattern().Match(line) is { Success: true } agm) return agm.Groups["org"].Value;
        return OrganOfOrganisation(line);
    }

    // "Board Meeting – Example Makerspace", "Directors' Meeting - X", "Committee Minutes: X": the kind of meeting first,
    // then (after a dash or colon) the organisation that held it.
    private static string? OrganisationAfterMeeting(string line)
    {
        var parts = SeparatorPattern().Split(line, 2);
        if (parts.Length != 2 || !KindOfMeetingPattern().IsMatch(parts[0].Trim())) return null;
        var org = TailPattern().Replace(parts[1].Trim(), "").Trim();
        return NamePattern().IsMatch(org) ? org : null;
    }

    [GeneratedRegex(@"^(?:(?:Board|Directors|Trustees|Governors|Members|Committee|Executive|Council|Steering|Management|Annual|General|Monthly|Regular|Special|Business|Team)(?:['’]s?|s['’])?\s+){1,3}(?:meeting|minutes)$", RegexOptions.IgnoreCase)]
    private static partial Regex KindOfMeetingPattern();


    // "Organisation – Local Governing Body", "Organisation: Minutes of the Board of Trustees": the organisation's name,
    // then (after a dash or colon) the organ that met, named by its kind alone.
    private static string? OrganOfOrganisation(string line)
    {
        var parts = SeparatorPattern().Split(line, 2);
        if (parts.Length != 2 || !NamePattern().IsMatch(parts[0].Trim())) return null;
        var organ = TailPattern().Replace(LeadPattern().Replace(parts[1].Trim(), ""), "").Trim();
        return OrganPattern().IsMatch(organ) ? $"{parts[0].Trim()} {organ}" : null;
    }

    // Standards and open-source bodies name a committee by its subject, often with the subject's acronym in brackets, then
    // its kind abbreviated: "Open Widget Format (OWF) TC", "Example Data WG", "Example Project TSC" (technical steering, advisory
    // or project management committee). The bracket is part of the name here, so this
    // is read before the tail (which ends a name at a bracket) is cut.
    [GeneratedRegex(@"^[^\p{L}]*(?:(?:minutes|notes)\s+of\s+(?:the\s+)?)?(?<body>(?:[\p{Lu}][\p{L}\p{N}'’&./-]*\s+){1,8}(?:\(\p{Lu}[\p{Lu}\p{N}-]+\)\s+)?(?:TC|SC|WG|TSC|TAC|PMC|Technical\s+Committee|Working\s+Group|Steering\s+Committee))(?=\s+(?:meeting|minutes|call|teleconference|monthly|weekly|#)|\s*$|\s*[-–—:,])",
        RegexOptions.IgnoreCase)]
    private static partial Regex StandardsCommitteePattern();

    [GeneratedRegex(@"\s[-–—]\s|:\s")]
    private static partial Regex SeparatorPattern();

    // Capitalised words (an organisation's name), linking words allowed inside; no digits-only words.
    [GeneratedRegex(@"^[\p{Lu}][\p{L}\p{N}'’&.-]*(?:\s+(?:of|the|and|for|&|[\p{Lu}\p{N}][\p{L}\p{N}'’&.-]*)){0,8}$")]
    private static partial Regex NamePattern();

    // An organ named by its kind alone: "Board of Trustees", "Local Governing Body", "Management Committee".
    [GeneratedRegex(@"^(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}(?:Board(?:\s+of\s+(?:Trustees|Directors|Governors))?|Governing\s+Body|Committee|Trustees|Council|Executive)$")]
    private static partial Regex OrganPattern();

    [GeneratedRegex(@"^(?:(?:draft|approved|unconfirmed|confirmed)\s+)?(?:minutes|notes|record)\s+of\s+(?:proceedings\s+at\s+)?(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:meeting|session)\s+of\s+",
        RegexOptions.IgnoreCase)]
    private static partial Regex MeetingOfLeadPattern();

    // "X Annual General Meeting", "X AGM": the organisation holding it.
    [GeneratedRegex(@"^(?!(?:Annual|Extraordinary|Special)\s+General\b)(?<org>[\p{Lu}][\p{L}\p{N}'’&.-]*(?:\s+(?:of|the|and|for|&|[\p{Lu}\p{N}][\p{L}\p{N}'’&.-]*)){0,7}?)\s+(?:(?:Annual|Extraordinary|Special)\s+)?(?:General\s+Meeting|AGM|EGM)\b")]
    private static partial Regex GeneralMeetingPattern();

    // "Minutes of the (annual) meeting of (the)", "Meeting notes –", "Notes of the … meeting of": what precedes the body.
    [GeneratedRegex(@"^(?:(?:draft|approved|unconfirmed|confirmed)\s+)?(?:minutes|notes|record)\s+of\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:meeting|session)\s+of\s+(?:the\s+)?|^(?:(?:draft|approved)\s+)?(?:minutes|meeting\s+notes|notes)\s*(?:of|for|[-–—:]|\s(?=\p{Lu}))\s*(?:the\s+)?",
        RegexOptions.IgnoreCase)]
    private static partial Regex LeadPattern();

    // What follows the body: "held on …", a date, "– Minutes", "(Public)", ": 14 October".
    [GeneratedRegex(@"\s*(?:\bheld\b|\bon\s+\w+day\b|\s[-–—]\s|[–—:|(,]|\b\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bminutes\b|\bmeeting\b).*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex TailPattern();

    // A name ending in the word for a kind of body, or a board/committee "of" an organisation.
    [GeneratedRegex(@"^(?:[\p{L}\p{N}'’&.-]+\s+){0,8}(?:(?:Parish|Town|District|Borough|County|City|Community|Village|Metropolitan|Student)\s+Council|Council|Committee|Sub-Committee|Board(?:\s+of\s+(?:Trustees|Directors|Governors|Supervisors)(?:\s+of\s+(?:the\s+)?(?:[\p{L}\p{N}'’&.-]+\s*){1,8})?)?|Trust|Trustees|Association|Society|Club|Panel|Group|Governors|Governing\s+Body|Foundation|Partnership|Forum|Cabinet|Assembly|Executive|Co-operative|Cooperative|Union|Commission|Authority|Charity|Federation|Institute|Friends\s+of\s+(?:[\p{L}\p{N}'’&.-]+\s*){1,5}|PC|TC)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex BodyPattern();
}
