using System.Text.RegularExpressions;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Html;
using MinutesIngest.Core.Parsing.Attendance;
using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Text;

namespace MinutesIngest.Core.Parsing.Metadata;

/// <summary>The minutes' own heading (the title) and a letterhead printed above it (the body).</summary>
public static partial class TitleFinder
{
    private const int CandidateLines = 14;
    private const int MaxLetterheadWords = 10;
    private const int MaxTitleWords = 20;

    /// <summary>Title and body from the header stack; the title keeps its date (trimmed later by the caller).</summary>
    /// <param name="header">The header as written.</param>
    /// <param name="stack">The header with a wrapped heading joined (<see cref="HeadingStack.From"/>).</param>
    /// <param name="doc">The document, for an article heading outside the minutes.</param>
    public static (string? Title, string? Body) Find(List<DocLine> header, List<DocLine> stack, SourceDocument doc)
    {
        var (title, body) = FindUncut(stack, doc);
        return (title == null ? null : WithoutBracketedDate(HeadingStack.TitleOf(title, header, stack)), body);
    }

    // "Standards Group Meeting Notes (2016-09-14)": the date in brackets after the heading is the date, not part of the title.
    private static string WithoutBracketedDate(string title) =>
        BracketedTail().Match(title) is { Success: true, Index: > 0 } tail && DateFinder.IsDateOnly(tail.Groups["d"].Value) ? title[..tail.Index].TrimEnd() : title;

    [GeneratedRegex(@"\s*[(\[](?<d>[^()\[\]]{6,40})[)\]]\s*$")]
    private static partial Regex BracketedTail();

    private static (string? Title, string? Body) FindUncut(List<DocLine> header, SourceDocument doc)
    {
        var candidates = Candidates(header);
        if (LabelledTitle(header) is { } labelled)
            return (labelled, candidates.Count > 0 && IsBodyAboveLabelledTitle(candidates[0], labelled) ? Clean(candidates[0].Text) : null);
        var (title, body) = FromCandidates(candidates);
        if (title != null && MinutesHeadingPastAgenda(candidates, title, doc) is { } minutes) return (minutes, body);
        // A page whose minutes carry no heading of their own (nothing, or a plain caption without a meeting word) is titled
        // by its article heading, a blog post's h1.
        var ownHeading = body != null || candidates.Any(c => c.Origin == LineOrigin.Heading)
            || (title != null && MeetingVocabulary.HasMeetingWord(title));
        if (!ownHeading && ArticleHeading(doc) is { } article) return (article, null);
        return (title, body);
    }

    /// <summary>Headings read at most this far into the document for the minutes' own heading under an agenda.</summary>
    private const int AgendaBlocks = 120;

    // A file that carries the agenda first and the minutes after it ("Proposed Agenda" … "Meeting Minutes") is the record of
    // the meeting: the minutes' heading, set at the agenda heading's level or above, titles it. Item headings sit deeper.
    private static string? MinutesHeadingPastAgenda(List<DocLine> candidates, string title, SourceDocument doc)
    {
        if (!AgendaWord().IsMatch(title) || MinutesWord().IsMatch(title)) return null;
        if (candidates.FirstOrDefault(c => c.Origin == LineOrigin.Heading && Clean(c.Text) == title) is not { } agenda) return null;
        return doc.Blocks.Take(AgendaBlocks).OfType<HeadingBlock>().Where(h => h.Level <= agenda.Level).Select(h => Clean(h.Text))
            .FirstOrDefault(h => MinutesWord().IsMatch(h) && !AgendaWord().IsMatch(h) && !MinutesBusiness().IsMatch(h)
                && Lexicon.NumberedLineReader.Read(h) == null && h.Split(' ').Length <= MaxTitleWords);
    }

    // An agenda's own entry about minutes ("Approval of the previous minutes") is business, not a heading of the record.
    [GeneratedRegex(@"^(?:approv|adopt|confirm|review|read|accept|matters|previous|last|draft)", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesBusiness();

    [GeneratedRegex(@"\bagenda\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaWord();

    [GeneratedRegex(@"\bminutes\b", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesWord();

    private static List<DocLine> Candidates(List<DocLine> header)
    {
        var candidates = new List<DocLine>();
        foreach (var line in header.Take(CandidateLines))
        {
            var t = Clean(line.Text);
            // The record's content has begun: an attendance label, or a list of actions put first ("# Action items").
            if (AttendanceLabels.Match(t, line.Origin == LineOrigin.Heading) != null || ActionMarkers.IsListHeading(t)) break;
            // A rule drawn with characters ("#####", "=====") sets the heading off; it names nothing.
            if (t.Length < 4 || !t.Any(char.IsLetterOrDigit) || MeetingVocabulary.IsFieldLabel(t) || (line.Row >= 0 && line.Column > 0)) continue;
            if (line.Origin == LineOrigin.ListItem && line.Number == null) continue;
            if (Lexicon.NumberedLineReader.Read(t) is { Scheme: Lexicon.NumberScheme.Decimal }) break;
            candidates.Add(line);
        }
        return candidates;
    }

    private static (string? Title, string? Body) FromCandidates(List<DocLine> candidates)
    {
        if (candidates.Count == 0) return (null, null);
        candidates = WithWrappedLetterheadJoined(candidates);
        var h1 = candidates.FirstOrDefault(c => c.Origin == LineOrigin.Heading && c.Level == 1);
        var first = h1 != null && !IsLetterhead(candidates[0].Text) && HeadingBelowLetterhead(candidates, 0) == null ? h1 : candidates[0];
        var firstText = Clean(first.Text);
        if (DateFinder.IsDateOnly(firstText)) return (null, null);
        var index = candidates.IndexOf(first);
        // A letterhead (the organisation's name) printed above the minutes' heading is the body.
        if (HeadingBelowLetterhead(candidates, index) is { } below)
        {
            var heading = Clean(candidates[below].Text);
            return (MeetingVocabulary.HeldClause(heading) is { Success: true, Index: > 0 } clause ? heading[..clause.Index] : heading, firstText);
        }
        // A wrapped heading sentence is judged by its title part; its venue and date clause is cut later.
        var titlePart = MeetingVocabulary.HeldClause(firstText) is { Success: true } held ? firstText[..held.Index] : firstText;
        return titlePart.Split(' ').Length > MaxTitleWords ? (null, null) : (firstText, null);
    }

    /// <summary>
    /// The index of the minutes' heading under a letterhead at <paramref name="index"/>, or null. Under an organisation's name
    /// the heading is a meeting heading; under a name that ends in its kind of body ("X Parish Council", "X Board", which are
    /// meeting words too) it is a heading that opens with the record's name ("Minutes of …", "Meeting Minutes"). A letterhead's
    /// furniture in between (registration number, contact address, the date) is passed over.
    /// </summary>
    private static int? HeadingBelowLetterhead(List<DocLine> candidates, int index)
    {
        var text = Clean(candidates[index].Text);
        var organisation = IsLetterhead(text);
        if (!organisation && !NamesBody(text)) return null;
        for (var i = index + 1; i < candidates.Count && i <= index + 1 + MaxLetterheadFurniture; i++)
        {
            var next = Clean(candidates[i].Text);
            // "Planning Committee" / "Minutes of the meeting held on …": the committee's name is the heading of minutes that
            // name no meeting of their own; a council's or organisation's name above them is its letterhead.
            if (MeetingVocabulary.StartsWithRecordName(next)) return MeetingVocabulary.IsUnnamedMeetingRecord(next) && NamesOrgan(text) ? null : i;
            if (organisation && IsMeetingHeading(next)) return OrganAboveNamedMeeting(candidates, i) ?? i;
            if (!IsLetterheadFurniture(next)) return null;
        }
        return null;
    }

    private const int MaxLetterheadFurniture = 3;

    /// <summary>
    /// Under a letterhead, the organ's name on a line of its own ("Board of Trustees") above a line naming the meeting it held
    /// ("Annual Meeting of Members") belongs to the letterhead, and the meeting's line is the heading; above an unnamed record
    /// ("Minutes of the meeting held on …") the organ's name stays the heading.
    /// </summary>
    private static int? OrganAboveNamedMeeting(List<DocLine> candidates, int organ)
    {
        var text = Clean(candidates[organ].Text);
        if (organ + 1 >= candidates.Count || RecordWord().IsMatch(text) || !NamesOrgan(text)) return null;
        var next = Clean(candidates[organ + 1].Text);
        return RecordWord().IsMatch(next) && IsMeetingHeading(next) && !MeetingVocabulary.IsUnnamedMeetingRecord(next) && !DateFinder.IsDateOnly(next) ? organ + 1 : null;
    }

    /// <summary>
    /// A letterhead set over two lines, the name above and its kind of organisation below ("Example Vale" over "Residents
    /// Association"), read as one line: neither half alone is taken for the heading, and the whole is the body.
    /// </summary>
    private static List<DocLine> WithWrappedLetterheadJoined(List<DocLine> candidates)
    {
        if (candidates.Count < 3) return candidates;
        var (upper, lower) = (Clean(candidates[0].Text), Clean(candidates[1].Text));
        if (candidates[0].Origin != candidates[1].Origin || upper.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWrappedNameWords) return candidates;
        if (MeetingVocabulary.HasMeetingWord(upper) || upper.Contains(':') || DateFinder.FindFirst(upper, 2000) != null || IsLetterhead(upper)) return candidates;
        if (!MeetingVocabulary.HasOrganisationWord(lower) || !IsLetterhead(lower) || !IsLetterhead(upper + " " + lower)) return candidates;
        return [candidates[0] with { Text = upper + " " + lower }, .. candidates.Skip(2)];
    }

    // The name part of a wrapped letterhead is short; a longer first line is a sentence or a heading of its own.
    private const int MaxWrappedNameWords = 4;

    // "ELMSTEAD PARISH COUNCIL", "Example Water Board": a short name ending in its kind of body, with no record word.
    private static bool NamesBody(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < 2 || words > MaxLetterheadWords || text.Contains(':') || RecordWord().IsMatch(text)) return false;
        if (DateFinder.FindFirst(text, 2000) != null || TimeFinder.FindFirst(text) != null) return false;
        return Bodies.BodyKindWords.EndsInKind(Bodies.BodyNames.Normalise(text) ?? text);
    }

    // The organ that met (a committee, board, panel, cabinet, governing body), as against the council or organisation it belongs to.
    private static bool NamesOrgan(string text) => Bodies.BodyKindWords.EndsInOrgan(text.Trim());

    // Lines a letterhead carries under the name: a registration number, an e-mail or web address, the date on its own.
    private static bool IsLetterheadFurniture(string text) =>
        !MeetingVocabulary.HasMeetingWord(text) && (DateFinder.IsDateOnly(text) || text.Contains('@') || RegistrationNumber().IsMatch(text) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\b(?:minutes|meeting|notes|agm|agenda|session)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecordWord();

    // "ABN 12 345 678 901", "Registered charity no. 1234567", "Company No 01234567".
    [GeneratedRegex(@"\d{3}(?:\s?\d{3})")]
    private static partial Regex RegistrationNumber();

    private static bool IsMeetingHeading(string text) =>
        MeetingVocabulary.HasMeetingWord(text) && text.Split(' ').Length <= 16 && !HeldOn().IsMatch(text);

    /// <summary>An organisation's name on its own line: no meeting word, short, and an organisation word or set in capitals.</summary>
    private static bool IsLetterhead(string text)
    {
        var t = Clean(text);
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (MeetingVocabulary.HasMeetingWord(t) || words > MaxLetterheadWords || t.Contains(':')) return false;
        // An organisation known by one name or acronym prints it alone in capitals ("EXAMPLAR" over "Minutes of the meeting …").
        if (words < 2) return OneWordName().IsMatch(t) && !DocumentStatus().IsMatch(t);
        if (DateFinder.FindFirst(t, 2000) != null || TimeFinder.FindFirst(t) != null) return false;
        return MeetingVocabulary.HasOrganisationWord(t) || t.Where(char.IsLetter).All(char.IsUpper);
    }

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}&-]{3,}$")]
    private static partial Regex OneWordName();

    // A copy's status or handling printed above the heading is no organisation.
    [GeneratedRegex(@"^(?:DRAFT|FINAL|APPROVED|UNAPPROVED|CONFIRMED|UNCONFIRMED|CONFIDENTIAL|PUBLIC|PRIVATE|RESTRICTED|OFFICIAL|AMENDED|REVISED|COPY|PRESENT|ATTENDEES|APOLOGIES|ABSENT)$")]
    private static partial Regex DocumentStatus();

    /// <summary>A "Title:" / "Committee:" field, written inline or as a table column whose value sits in the row below.</summary>
    private static string? LabelledTitle(List<DocLine> header)
    {
        foreach (var l in header)
        {
            var m = MeetingVocabulary.TitleField(Clean(l.Text));
            if (m.Success) return m.Groups["v"].Value.Trim();
            if (l.Row < 0 || !MeetingVocabulary.TitleField(l.Text.Trim() + " x").Success) continue;
            var below = header.FirstOrDefault(b => b.Block == l.Block && b.Row == l.Row + 1 && b.Column == l.Column);
            if (below != null && Clean(below.Text) is { Length: > 2 } v) return v;
        }
        return null;
    }

    // Above a labelled title, a heading line of the document (not the title itself) is the organisation's letterhead.
    private static bool IsBodyAboveLabelledTitle(DocLine line, string title)
    {
        var t = Clean(line.Text);
        if (string.Equals(t, title, StringComparison.OrdinalIgnoreCase) || line.Row >= 0) return false;
        return IsLetterhead(t) || (line.Origin == LineOrigin.Heading && t.Where(char.IsLetter).All(char.IsUpper) && t.Split(' ').Length <= 12);
    }

    /// <summary>The page's article h1, else its &lt;title&gt; without the site name appended after the last separator.</summary>
    private static string? ArticleHeading(SourceDocument doc)
    {
        string? t = null;
        if (doc.Properties.TryGetValue(HtmlExtractor.ArticleHeadingProperty, out var h)) t = Clean(h);
        else if (doc.Properties.TryGetValue(HtmlExtractor.TitleProperty, out var pageTitle))
        {
            var cut = SiteSeparator().Matches(pageTitle).LastOrDefault();
            t = Clean(cut == null ? pageTitle : pageTitle[..cut.Index]);
        }
        else if (doc.Properties.TryGetValue(FrontMatterTitleProperty, out var pageName)) t = WithoutTrailingDate(Clean(pageName));
        return t != null && MeetingVocabulary.HasMeetingWord(t) && t.Split(' ').Length <= MaxTitleWords ? t : null;
    }

    [GeneratedRegex(@"\s+[|–—-]\s+")]
    private static partial Regex SiteSeparator();

    // A site generator's page title (Jekyll, Hugo front matter): the page's own name when the minutes carry no heading.
    private const string FrontMatterTitleProperty = "front_matter_title";

    /// <summary>
    /// A page title without the date it is suffixed with ("Example Group teleconf — 02 Feb 2017"); null when nothing but the
    /// record's name is left ("Minutes for 2014-05-01" is a date heading, which gives no title).
    /// </summary>
    private static string? WithoutTrailingDate(string title)
    {
        var cut = SiteSeparator().Matches(title).LastOrDefault();
        var named = cut != null && DateFinder.IsDateOnly(title[(cut.Index + cut.Length)..]) ? title[..cut.Index].Trim() : title;
        var date = DateFinder.FindFirst(named, 2000);
        var rest = date == null ? named : named.Remove(date.Value.Index, date.Value.Length);
        return RecordOnly().IsMatch(rest) ? null : named;
    }

    [GeneratedRegex(@"^\W*(?:(?:meeting\s+)?minutes|meeting)?\W*(?:(?:for|of|on)\W*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RecordOnly();


    // Markdown converters leave empty anchors ("[]()Attending") and word processors zero-width spaces.
    private static string Clean(string text) => EmptyAnchor().Replace(text.Replace("\u200b", ""), "").Trim().TrimEnd(':', ';').Trim();

    [GeneratedRegex(@"\[\]\([^)]*\)")]
    private static partial Regex EmptyAnchor();

    [GeneratedRegex(@"\bheld\s+(?:on|at|in)\b|^(?:on|at)\s", RegexOptions.IgnoreCase)]
    private static partial Regex HeldOn();
}
