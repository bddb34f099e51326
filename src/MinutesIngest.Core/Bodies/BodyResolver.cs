using System.Text.RegularExpressions;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Layout;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Text;

namespace MinutesIngest.Core.Bodies;

/// <summary>Which body met: the body the minutes state apart from the title, else one named in the title, the letterhead,
/// the document's metadata, a "Minutes of …" heading, the opening sentence or the footer.</summary>
/// <remarks>The contract's meeting.body stays what the document states; this is the body a meeting is stored and grouped under.</remarks>
public static partial class BodyResolver
{
    private const int LetterheadLines = 4;
    private const int FooterLines = 4;

    // The opening sentence ("A meeting of X was held …") comes after the letterhead and the date and venue lines, rarely later.
    private const int OpeningLines = 20;

    /// <summary>The body as found in the document (not yet normalised), or null when the document names none.</summary>
    public static string? Find(SourceDocument document, MinutesRecord record)
    {
        var lines = document.Blocks.Select(BlockText.Of).SelectMany(t => t.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var named = FindNamed(document, record, lines);
        // "Town Council" alone names the organ of a place the text may name ("the Town of X"); that place is the body.
        if (named == null || BodyInMunicipality.IsOrganOnly(named))
            named = BodyInMunicipality.Find(lines.Take(OpeningLines).Concat(document.Blocks.OfType<HeadingBlock>().Select(h => h.Text)).Prepend(record.Meeting.Title), lines) ?? named;
        return ParentOf(BodyAcronyms.Expanded(named, lines));
    }

    // Most trusted first: what the minutes state apart from the title, then what the document calls itself, then what it
    // says in passing.
    // A name that is only the kind of organ ("Committee", "Board of Directors") says which kind met, not which body: the
    // search goes on to the next place, and a document that names nothing more has no body.
    private static string? FindNamed(SourceDocument document, MinutesRecord record, List<string> lines) =>
        Candidates(document, record, lines).Select(b => b == null ? null : WithoutRegistration(b))
            .FirstOrDefault(b => !string.IsNullOrWhiteSpace(b) && !BodyKindWords.IsKindOnly(b));

    private static IEnumerable<string?> Candidates(SourceDocument document, MinutesRecord record, List<string> lines)
    {
        yield return record.Meeting.Body;
        yield return BodyInMetadata.Stated(document.Properties);
        foreach (var l in lines.Take(OpeningLines)) yield return BodyInLabels.FromLabel(l);
        yield return FromLine(record.Meeting.Title);
        // A sentence among the first lines is read as a sentence: as a heading it would yield "A meeting of the X". A letterhead
        // printed on every page was taken out of the text as a running header, and is read before the lines below it.
        // A letterhead is never a list entry: bullets up top are an agenda ("Update on the working group").
        var unlisted = document.Blocks.Where(b => b is not ListItemBlock).Select(BlockText.Of).SelectMany(t => t.Split('\n'))
            .Select(l => l.Trim()).Where(l => l.Length > 0);
        foreach (var l in RunningLines(document, RunningFurnitureFilter.HeaderProperty).Concat(unlisted.Take(LetterheadLines)))
            yield return BodyInRunningText.FromSentence(l) ?? FromLine(l);
        yield return BodyInMetadata.FromTitles(document.Properties);
        foreach (var h in document.Blocks.OfType<HeadingBlock>().Select(h => h.Text.Trim()).Where(t => MinutesOfPattern().IsMatch(t)))
            yield return FromLine(h);
        foreach (var l in lines.Take(OpeningLines)) yield return BodyInRunningText.FromSentence(l);
        // A footer is trusted only in a title's two-part shape ("Example Society • Minutes"): its other lines are
        // signatures, page numbers and addresses.
        foreach (var l in lines.TakeLast(FooterLines).Concat(RunningLines(document, RunningFurnitureFilter.FooterProperty)).Where(l => Parts(l) != null))
            yield return FromLine(l);
    }

    // A letterhead often carries the charity's or company's registration after the name ("X — Registered charity no. 123").
    private static string WithoutRegistration(string body) => RegistrationPattern().Replace(body, "").Trim();

    [GeneratedRegex(@"\s*(?:[-–—|•,]\s*)?\(?\b(?:registered\s+(?:charity|company|society)|(?:charity|company|registration)\s+(?:no|number|reg)\b).*$", RegexOptions.IgnoreCase)]
    private static partial Regex RegistrationPattern();

    private static IEnumerable<string> RunningLines(SourceDocument document, string key) =>
        document.Properties.TryGetValue(key, out var text) ? text.Split('\n') : [];

    // A heading further down that opens "Minutes of …" is the minutes' own title even when other matter (an actions list,
    // a site's navigation) comes first; other headings there name items ("Finance Committee report"), not the body.
    [GeneratedRegex(@"^(?:(?:draft|approved|unconfirmed|confirmed)\s+)?minutes\s+of\s", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesOfPattern();

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
    [GeneratedRegex(@"^(?:[\p{L}'’&-]+\s+){0,5}?(?:Committee|Sub-Committee|Panel|Working\s+Group)\s+of\s+(?:the\s+)?(?<parent>(?:[\p{L}\p{N}'’&.-]+\s+){1,8}(?:Council|Board|Trust|Society|Association|Authority|Township))$",
        RegexOptions.IgnoreCase)]
    private static partial Regex CommitteeOfParentPattern();

    // "X Parish Council Planning Committee", "X Town Council – Finance Committee".
    [GeneratedRegex(@"^(?<parent>(?:[\p{L}\p{N}'’&.-]+\s+){1,8}Council)\s+(?:[-–—:]\s+)?(?:[\p{L}'’&-]+\s+){0,5}(?:Committee|Sub-Committee|Panel|Working\s+Group)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex ParentThenCommitteePattern();

    /// <summary>A body named in one heading line: "Minutes of the meeting of X held on…", "X – Minutes", "Board of Trustees of X",
    /// "X Annual General Meeting", "X – Local Governing Body", "X: Minutes of the Board of Trustees", "4 May 2022 X Minutes".</summary>
    public static string? FromLine(string? line)
    {
        // A front-matter line ('group = "minutes"') is the site's metadata, read apart (BodyInMetadata), not a heading.
        if (string.IsNullOrWhiteSpace(line) || line.Length > 200 || Parsing.Lexicon.MeetingVocabulary.IsAssignment(line)) return null;
        return NamedIn(WithoutLeadingDate(line.Trim()));
    }

    // A date printed before the heading ("February 12, 2015 Example Society Minutes") says when, not who.
    private static string WithoutLeadingDate(string line)
    {
        var start = line.Length - line.TrimStart(' ', '-', '–', '—', ':', '|', '•').Length;
        return DateFinder.FindAll(line[start..]).FirstOrDefault() is { Index: 0, Length: > 0 } date && date.Length < line.Length - start
            ? line[(start + date.Length)..].TrimStart(' ', ',', '-', '–', '—', ':', '|', '•')
            : line;
    }

    private static string? NamedIn(string line)
    {
        // "Minutes – Executive Meeting of the X", "Minutes for the meeting of the X": a record label, then the meeting of the
        // organisation, whatever kind it is.
        if (RecordLabelPattern().Match(line) is { Success: true } label && MeetingOfName(line[label.Length..]) is { } held) return held;
        if (OrganisationAfterMeeting(line) is { } organisation) return organisation;
        if (StandardsCommitteePattern().Match(line) is { Success: true } standards) return standards.Groups["body"].Value;
        var text = TailPattern().Replace(LeadPattern().Replace(line, ""), "").Trim();
        if (EnumeratedNamePattern().Match(LeadPattern().Replace(line, "")) is { Success: true } listed) return listed.Groups["body"].Value;
        var m = BodyPattern().Match(text);
        if (m.Success && !IsGenericTeam(m.Value))
        {
            var rest = text[(m.Index + m.Length)..];
            // "X Commission on Ageing": what the body is for belongs to its name.
            if (PurposePattern().IsMatch(rest)) return (m.Value + rest).Trim();
            // A name that runs on into lower-case words is the subject of a sentence or an item ("The committee approved …",
            // "Finance Committee report"), not a heading naming the body.
            // "Example Board monthly meeting": only the meeting's cadence comes between the name and "meeting".
            if (!RunsOnPattern().IsMatch(rest) || CadencePattern().IsMatch(rest)) return m.Value.Trim();
        }
        // "Minutes for EWF – 4 May 2024": initials after "Minutes of/for" are the body whatever kind it is.
        if (MinutesForPattern().IsMatch(line) && BodyAcronyms.IsInitials(text)) return text;
        // "Minutes for Makers for Good": a name of several words after "Minutes for" is whom the minutes are for; a month, a
        // day or a numbered meeting is when.
        if (MinutesForPattern().IsMatch(line) && text.Contains(' ') && NamePattern().IsMatch(text) && !text.Any(char.IsDigit)
            && !MeetingWordPattern().IsMatch(text) && !DateFinder.FindAll(text).Any() && !NotABodyPattern().IsMatch(text) && !MonthPattern().IsMatch(text))
            return text;
        // "Minutes of the (5th) meeting of the X": whatever capitalised name follows is the body, whatever kind it is.
        if (MeetingOfLeadPattern().IsMatch(line) && NamePattern().IsMatch(text)) return text;
        // "Minutes of X AGM", "Excerpts from the X AGM minutes": what leads the heading is not the organisation's name.
        if (GeneralMeetingPattern().Match(RecordLeadPattern().Replace(line, "")) is { Success: true } agm) return agm.Groups["org"].Value;
        return MeetingOfName(line) ?? OrganOfOrganisation(line) ?? SiteNamePart(line) ?? BodyAcronyms.Subject(line);
    }

    // "Meeting Minutes – 4 May 2024 – Example Club Meeting Minutes": a page's title, then the site's name, which names the
    // organisation whose minutes the site publishes.
    private static string? SiteNamePart(string line)
    {
        var parts = SeparatorPattern().Split(line);
        return parts.Length >= 3 ? FromLine(parts[^1]) : null;
    }

    // "Annual Meeting of the Example Society", "Executive Meeting of Example Makers held on …": a heading naming the meeting
    // of an organisation, whatever kind it is. Those who met as a class ("Meeting of Members") and a day are no body.
    private static string? MeetingOfName(string line)
    {
        var m = MeetingOfNamePattern().Match(line);
        if (!m.Success) return null;
        var name = TailPattern().Replace(m.Groups["rest"].Value, "").Trim();
        // One word is a kind ("Meeting of Council") more often than a name.
        return name.Contains(' ') && NamePattern().IsMatch(name) && !NotABodyPattern().IsMatch(name) ? name : null;
    }

    [GeneratedRegex(@"^(?i:(?:(?:annual|special|regular|extraordinary|ordinary|general|monthly|quarterly|inaugural|first|executive|committee|board|business|steering|management|members['’]?|\d+(?:st|nd|rd|th))\s+){0,3}(?:meeting|session)\s+of\s+(?:the\s+)?)(?<rest>\p{Lu}.*)$")]
    private static partial Regex MeetingOfNamePattern();

    [GeneratedRegex(@"^(?:(?:Members|Membership|Residents|Shareholders|Owners|Parents|Staff|Volunteers|Subscribers)$|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NotABodyPattern();

    // A heading in two parts around a dash, colon or bullet, read both ways below.
    private static (string Left, string Right, bool Colon)? Parts(string line)
    {
        var m = SeparatorPattern().Match(line);
        return m.Success ? (line[..m.Index].Trim(), WithoutLeadingDate(line[(m.Index + m.Length)..].Trim()), m.Value.Contains(':')) : null;
    }

    // "Board Meeting – Example Makerspace", "Minutes 4 May 2022 – Example Working Group": the kind of meeting or record first,
    // then the organisation that held it. A second part that is itself a meeting ("Minutes – Project meeting 1") names none.
    private static string? OrganisationAfterMeeting(string line)
    {
        if (Parts(line) is not (var left, var right, var colon) || !KindOfMeetingPattern().IsMatch(WithoutTrailingDate(left)) || MeetingWordPattern().IsMatch(right))
            return null;
        // "Minutes: Ann Lee" labels who took the minutes; a bare "Minutes" names a record only when dated or set off as a title.
        if (colon && BareRecordPattern().IsMatch(left)) return null;
        var org = TailPattern().Replace(right, "").Trim();
        return NamePattern().IsMatch(org) ? org : null;
    }

    // "Example Academy – Local Governing Body", "Example Society • Committee Meeting Minutes": the organisation's name, then
    // the organ that met, named by its kind alone.
    private static string? OrganOfOrganisation(string line)
    {
        if (Parts(line) is not (var left, var right, _) || !NamePattern().IsMatch(left)) return null;
        var organ = TailPattern().Replace(LeadPattern().Replace(right, ""), "").Trim();
        return OrganPattern().IsMatch(organ) ? $"{left} {organ}" : null;
    }


    [GeneratedRegex(@"^\s+\p{Ll}")]
    private static partial Regex RunsOnPattern();

    // "Minutes – ", "Meeting notes: ", "Minutes for the ", "Minutes of a ": the record's name before what it records.
    [GeneratedRegex(@"^(?:(?:draft|approved)\s+)?(?:meeting\s+)?(?:minutes|notes)(?:\s*[-–—:|•]\s*|\s+(?:of|for)\s+(?:the\s+|a\s+|an\s+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex RecordLabelPattern();

    [GeneratedRegex(@"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthPattern();

    // "Example Board monthly meeting", "Example Board telecon": the meeting's cadence or the way it met.
    [GeneratedRegex(@"^(?:\s+(?:monthly|weekly|fortnightly|quarterly|annual|regular|special|ordinary|extraordinary|general|business|telecon|teleconference|call|conference\s+call|videoconference|video\s+call))+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CadencePattern();

    [GeneratedRegex(@"^(?:(?:draft|approved)\s+)?(?:minutes|notes)\s+(?:of|for)\s", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesForPattern();

    [GeneratedRegex(@"^\s+(?:on|for|of)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:and|&|\p{Lu}[\p{L}'’.-]*)){0,4}$")]
    private static partial Regex PurposePattern();

    // "Finance, Audit and Risk Committee", "Example Roads, Parks and Waste Panel": the subjects a body covers listed with
    // commas, so the comma that ends a name elsewhere is inside this one.
    [GeneratedRegex(@"^(?<body>(?:\p{Lu}[\p{L}\p{N}'’&.-]*\s+){0,4}\p{Lu}[\p{L}\p{N}'’&.-]*(?:,\s+\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,2}){1,6},?\s+(?:and|&)\s+(?:\p{Lu}[\p{L}\p{N}'’&.-]*\s+){1,3}(?:Panel|Committee|Sub-Committee|Board|Council|Commission|Partnership|Forum|Group|Authority|Trust))(?=\s*$|\s+(?:meeting|minutes)\b|\s*[-–—:(]|,\s)")]
    private static partial Regex EnumeratedNamePattern();

    [GeneratedRegex(@"^(?:meeting\s+)?(?:minutes|notes)$", RegexOptions.IgnoreCase)]
    private static partial Regex BareRecordPattern();

    [GeneratedRegex(@"\b(?:meeting|minutes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingWordPattern();

    private static string WithoutTrailingDate(string text) =>
        DateFinder.FindAll(text).LastOrDefault() is { Length: > 0 } d && d.Index + d.Length == text.Length ? text[..d.Index].TrimEnd(' ', ',', '-') : text;

    // "Weekly Team", "Project Team": a team named by its cadence or its work alone is any team, not a body.
    private static bool IsGenericTeam(string name) =>
        name.EndsWith("Team", StringComparison.OrdinalIgnoreCase) && GenericTeamPattern().IsMatch(name.Trim());

    [GeneratedRegex(@"^(?:(?:weekly|monthly|daily|fortnightly|regular|project|scrum|sprint|status|the|our|a)\s+)*team$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericTeamPattern();

    // "Minutes", "Meeting Minutes", "Board Meeting", "Directors' Meeting", "Committee Minutes": what kind of record or meeting
    // a heading's first part names.
    [GeneratedRegex(@"^(?:(?:Board|Directors|Trustees|Governors|Members|Committee|Executive|Council|Steering|Management|Annual|General|Monthly|Regular|Special|Business|Team)(?:['’]s?|s['’])?\s+){1,3}(?:meeting|minutes)$|^(?:meeting\s+)?(?:minutes|notes)$", RegexOptions.IgnoreCase)]
    private static partial Regex KindOfMeetingPattern();

    // Standards and open-source bodies name a committee by its subject, often with the subject's acronym in brackets, then
    // its kind abbreviated: "Open Widget Format (OWF) TC", "Example Data WG", "Example Project TSC" (technical steering, advisory
    // or project management committee), "Example Widgets CG" (community or interest group, task force). The bracket is part of the name here, so this
    // is read before the tail (which ends a name at a bracket) is cut.
    [GeneratedRegex(@"^[^\p{L}]*(?:(?:minutes|notes)\s+of\s+(?:the\s+)?)?(?<body>(?:[\p{Lu}][\p{L}\p{N}'’&./-]*\s+){1,8}(?:\(\p{Lu}[\p{Lu}\p{N}-]+\)\s+)?(?:TC|SC|WG|CG|IG|TF|TSC|TAC|PMC|Technical\s+Committee|Working\s+Group|Steering\s+Committee|Community\s+Group|Interest\s+Group|Task\s+Force))(?=\s+(?:meeting|minutes|notes|call|teleconference|teleconf|telecon|ad-hoc|f2f|face-to-face|monthly|weekly|#)|\s*$|\s*[-–—:,])",
        RegexOptions.IgnoreCase)]
    private static partial Regex StandardsCommitteePattern();

    // Sites and templates also join the parts of a title with a bullet or a bar ("Example Society • Minutes").
    [GeneratedRegex(@"\s[-–—•·|]\s|:\s")]
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

    [GeneratedRegex(@"^(?:(?:draft|approved|unconfirmed|confirmed)\s+)?(?:(?:minutes|notes|excerpts?|extracts?)\s+(?:of|from)\s+(?:the\s+)?)", RegexOptions.IgnoreCase)]
    private static partial Regex RecordLeadPattern();

    // "X Annual General Meeting", "X AGM", "X:UK 2017 AGM", "2020 X Annual General Meeting": the organisation holding it; the
    // year it is held in is not its name.
    [GeneratedRegex(@"^(?:(?:19|20)\d\d\s+)?(?!(?:Annual|Extraordinary|Special)\s+General\b)(?<org>[\p{Lu}][\p{L}\p{N}'’&.:-]*(?:\s+(?:of|the|and|for|&|[\p{Lu}\p{N}][\p{L}\p{N}'’&.:-]*)){0,7}?)(?:\s+(?:19|20)\d\d)?\s+(?:(?:Annual|Extraordinary|Special)\s+)?(?:General\s+Meeting|AGM|EGM)\b")]
    private static partial Regex GeneralMeetingPattern();

    // "Minutes of the (annual) meeting of (the)", "Meeting notes –", "Notes of the … meeting of", "Excerpts from the":
    // what precedes the body.
    [GeneratedRegex(@"^(?:(?:draft|approved|unconfirmed|confirmed)\s+)?(?:minutes|notes|record)\s+of\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:meeting|session)\s+of\s+(?:the\s+)?|^(?:(?:draft|approved)\s+)?(?:minutes|meeting\s+notes|notes)\s*(?:of|for|[-–—:]|\s(?=\p{Lu}))\s*(?:the\s+)?|^(?:excerpts?|extracts?)\s+(?:from|of)\s+(?:the\s+)?",
        RegexOptions.IgnoreCase)]
    private static partial Regex LeadPattern();

    // What follows the body: "held on …", a date, "– Minutes", "(Public)", ": 14 October".
    [GeneratedRegex(@"\s*(?:\bheld\b|\bon\s+\w+day\b|\s[-–—•·|]\s|[–—:|(,]|\b\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}|\b\d{4}-\d{2}-\d{2}\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bminutes\b|\bmeeting\b).*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex TailPattern();

    // A name ending in the word for a kind of body, or a board/committee "of" an organisation.
    // The board "of" an organisation comes before the shared words, whose bare "Board" would end the name early.
    [GeneratedRegex(@"^(?:[\p{L}\p{N}'’&.-]+\s+){0,8}(?:(?:Parish|Town|District|Borough|County|City|Community|Village|Metropolitan|Student)\s+Council|Board(?:\s+of\s+(?:Trustees|Directors|Governors|Supervisors)(?:\s+of\s+(?:the\s+)?(?:[\p{L}\p{N}'’&.-]+\s*){1,8})?)?|Governing\s+Body|Co-operative|Cooperative|Charity|Institute|Friends\s+of\s+(?:[\p{L}\p{N}'’&.-]+\s*){1,5}|PC|TC|" + BodyKindWords.Alternation + "|" + Municipality + @")\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex BodyPattern();

    // "Town of Example Hill", "City of Exampleton": a municipality named as its charter does; the name's words stop at a
    // meeting's cadence or a body that follows. A letterhead lists the state and county above the town ("State of X",
    // "County of Y", "Town of Z"): those contain the body, so they are not read as one.
    private const string Municipality =
        @"(?:Town|City|Village|Borough|Municipality)\s+of(?:\s+the)?(?:\s+(?!(?:Monthly|Weekly|Regular|Special|Annual|Board|Council|Committee|Commission|Meeting|Minutes)\b)(?-i:\p{Lu})[\p{L}'’.-]*){1,4}";
}
