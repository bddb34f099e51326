using System.Text.RegularExpressions;
using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Core.Parsing.Lexicon;

/// <summary>Labels that open an attendance group ("Present:", "Apologies:", "In attendance:") and the status each gives.</summary>
public static partial class AttendanceLabels
{
    /// <summary>
    /// The status a label line gives, the text after the label and the role the label gives its people (null for most);
    /// null when the line is not an attendance label.
    /// </summary>
    public static (string Status, string Text, string? Role)? Match(string line, bool isHeading = false)
    {
        // "10 members", "3 apologies": a count before a group word in lower case says how many, not which item.
        if (HeadCountLead().IsMatch(AttendanceVocabulary.WithoutLeadingMarkup(line).Trim())) return null;
        var text = Prefix().Replace(AttendanceVocabulary.WithoutLeadingMarkup(line).Trim(), "");
        var sep = Separator().Match(text);
        var labelled = sep.Success && AttendanceVocabulary.IsGroupLabel(sep.Groups["head"].Value)
            ? (AttendanceVocabulary.StatusOf(sep.Groups["head"].Value), sep.Groups["rest"].Value.Trim(), AttendanceVocabulary.GroupRole(sep.Groups["head"].Value))
            : ((string Status, string Text, string? Role)?)null;
        if (isHeading)
        {
            // A section heading such as "2.1.1 Voting Members Present" or "Apologies for Absence" opens a group.
            var head = text.TrimEnd(':', ' ', '.');
            if (AttendanceVocabulary.IsGroupLabel(head)) return (AttendanceVocabulary.StatusOf(head), "", AttendanceVocabulary.GroupRole(head));
            // "MEMBERSPRESENT": a PDF heading in capitals whose word space was lost still names its group.
            if (RunTogetherLabel(head) is { } spaced) return (AttendanceVocabulary.StatusOf(spaced), "", AttendanceVocabulary.GroupRole(spaced));
            // A label line set as a heading, people and all ("Present: Cllr A Lee (Chair)"), as scans and bold letterheads give.
            return labelled is { Text.Length: > 0 } ? labelled : null;
        }
        if (labelled != null) return labelled;
        // "The following members of the Council were in attendance: Mayor A, B and C": a roll call written as a sentence, its
        // list after the colon. Who they are says the status, as a group label would ("… staff were present:" is in attendance).
        if (text.IndexOf(':') is > 0 and var colon && LeadInSentence().Match(text[..colon].Trim()) is { Success: true } lead)
            return (NotAttending().IsMatch(lead.Groups["verb"].Value) ? AttendanceStatus.Absent : AttendanceVocabulary.StatusOf(lead.Groups["subject"].Value),
                text[(colon + 1)..].Trim(), null);
        // "… was held at the school. There were 12 members present:": a paragraph whose last sentence counts those present and
        // ends in a colon opens the list that follows it.
        if (text.EndsWith(':') && CountedPresence().Match(Text.SentenceSplitter.Split(text.TrimEnd(':')).LastOrDefault() ?? "") is { Success: true } counted)
            return (AttendanceVocabulary.StatusOf(counted.Groups["subject"].Value), "", null);
        // "Present. Ann Lee, Bob Cole": a full stop closes the label when a list of names follows it.
        if (!sep.Success && FullStopLabel().Match(text) is { Success: true } stop && AttendanceVocabulary.IsGroupLabel(stop.Groups["head"].Value))
            return (AttendanceVocabulary.StatusOf(stop.Groups["head"].Value), stop.Groups["rest"].Value.Trim(), AttendanceVocabulary.GroupRole(stop.Groups["head"].Value));
        // A label and an empty value without a colon: "Regrets Nil", "Apologies none".
        if (!sep.Success && text.LastIndexOf(' ') is > 0 and var space && AttendanceVocabulary.IsNobody(text[(space + 1)..])
            && AttendanceVocabulary.IsGroupLabel(text[..space]))
            return (AttendanceVocabulary.StatusOf(text[..space]), "", AttendanceVocabulary.GroupRole(text[..space]));
        // "Apologies Cllr A Lee & Cllr B Cole": a one-word label whose colon was left out, its names opened by an honorific or office.
        if (!sep.Success && BareLabel().Match(text) is { Success: true } bare
            && (RoleWords.IsHonorific(bare.Groups["title"].Value) || RoleWords.SingularOffice(bare.Groups["title"].Value.TrimEnd('.')) != null))
            return (AttendanceVocabulary.StatusOf(bare.Groups["head"].Value), bare.Groups["rest"].Value.Trim(), null);
        // "Apologies from Ann Lee & Bob Cole": the label runs into its names through "from", with no colon.
        if (!sep.Success && ApologiesFrom().Match(text) is { Success: true } from)
            return (AttendanceStatus.Apologies, from.Groups["rest"].Value.Trim(), null);
        // A label standing alone on its line: "Present", "Apologies for absence".
        if (!sep.Success && AttendanceVocabulary.WithoutSlashTail(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 && AttendanceVocabulary.IsGroupLabel(text.TrimEnd('.')))
            return (AttendanceVocabulary.StatusOf(text), "", AttendanceVocabulary.GroupRole(text));
        // A short lead-in sentence ending in a colon: "Board members physically present:", "Participating remotely were:".
        var p = PhraseLabel().Match(text);
        if (!p.Success) return null;
        return (AttendanceVocabulary.StatusOf(p.Groups["phrase"].Value), "", null);
    }

    /// <summary>
    /// True for a line of nothing but an attendance table's column headings ("S.No Name", "Designation"), which a PDF may set
    /// apart from the table, between the label and the rows.
    /// </summary>
    public static bool IsColumnHeadings(string line) => ColumnHeadings().IsMatch(line.Trim());

    /// <summary>How many lines or blocks of column headings may stand between a label and its table.</summary>
    public const int MaxDetachedHeadings = 3;

    [GeneratedRegex(@"^(?:(?:s\.?\s?no\.?|sr\.?\s?no\.?|sl\.?\s?no\.?|no\.?|#|names?|designation|role|position|title|organi[sz]ation|representing|department)\s*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex ColumnHeadings();

    // The group label a run of capitals spells with one space put back ("MEMBERSPRESENT" → "MEMBERS PRESENT"), or null.
    private static string? RunTogetherLabel(string head)
    {
        if (head.Length is < 8 or > 40 || !head.All(char.IsUpper)) return null;
        for (var k = 3; k <= head.Length - 3; k++)
            if (head[..k] + " " + head[k..] is var spaced && AttendanceVocabulary.IsGroupLabel(spaced)) return spaced;
        return null;
    }

    /// <summary>
    /// True for a line opened by "In attendance" with no group named before it, or with the owners of an owners' meeting
    /// ("Unit owners in attendance"): a list of those who came, which is the meeting's attendance when no other list says who
    /// was present.
    /// </summary>
    public static bool IsBareInAttendance(string line) =>
        BareInAttendance().IsMatch(Prefix().Replace(AttendanceVocabulary.WithoutLeadingMarkup(line).Trim(), ""));

    [GeneratedRegex(@"^(?i:apologies|regrets)(?i:\s+for\s+absence)?\s+from\s+(?<rest>\p{Lu}.*)$")]
    private static partial Regex ApologiesFrom();

    [GeneratedRegex(@"^(?:(?:home|unit|lot)?owners\s+)?in\s+attendance\b\s*(?:[:;.–—-]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex BareInAttendance();

    /// <summary>
    /// A second attendance label inside a label's text, where OCR or a one-line layout ran two groups together ("Present: Ann Lee,
    /// Bob Cole Apologies : Cara Dunn"): where the label starts, the status and role it gives and the text after it; null when
    /// there is none.
    /// </summary>
    public static (int Index, string Status, string Text, string? Role)? Inline(string text)
    {
        for (var colon = text.IndexOf(':'); colon > 0; colon = text.IndexOf(':', colon + 1))
        {
            var before = text[..colon].TrimEnd();
            var starts = WordStart().Matches(before).Select(m => m.Index).ToList();
            // The longest label of up to four words whose extra words are group words ("Board Members Present"), not a name.
            for (var k = Math.Min(MaxInlineLabelWords, starts.Count - 1); k >= 1; k--)
            {
                var start = starts[^k];
                var head = before[start..];
                var extra = head.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1];
                if (!AttendanceVocabulary.IsGroupLabel(head) || !extra.All(GroupWord)) continue;
                return (start, AttendanceVocabulary.StatusOf(head), text[(colon + 1)..].Trim(), AttendanceVocabulary.GroupRole(head));
            }
        }
        return null;
    }

    private const int MaxInlineLabelWords = 4;

    private static bool GroupWord(string word) =>
        char.IsLower(word[0]) || RoleWords.IsDescriptor(word) || word.Equals("also", StringComparison.OrdinalIgnoreCase);

    // A word of the label: letters after a space, not inside a bracket or after other punctuation.
    [GeneratedRegex(@"(?<=(?:^|\s))[\p{L}’'-]+(?=\s|$)")]
    private static partial Regex WordStart();

    // Item numbers and bullets in front of a label: "1. Present:", "2.1 Apologies", "- Present:".
    [GeneratedRegex(@"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?\s+)?(?:[*•–-]\s*)?")]
    private static partial Regex Prefix();

    // The label ends at the first colon, semicolon or spaced dash; a colon and dash together (":-") are one separator.
    [GeneratedRegex(@"^(?<head>[^:;–—]{1,60}?)\s*(?::\s?[-–—](?=\s|\p{Lu})|:|;|\s[-–—]\s|[–—])\s*(?<rest>.*)$")]
    private static partial Regex Separator();

    // The list after the stop opens with a capitalised name of one to four words and a comma.
    [GeneratedRegex(@"^(?<head>[^.:;,]{1,40}?)\.\s+(?<rest>(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*\s*,.*)$")]
    private static partial Regex FullStopLabel();

    // "Also, the following members were not present but sent comments:": a connective or a short clause joined by "and" or
    // a comma may open the sentence ("Roll was called and the following …", "Upon roll call, the following …"), and a short
    // clause after the verb says why they are listed.
    [GeneratedRegex(@"^(?:(?:[\w’'-]+\s+){0,5}(?:[\w’'-]+,\s+|(?i:and)\s+))?(?<subject>(?i:the\s+following\s+)(?:[\w’'.-]+\s+){0,10}?)(?<verb>(?i:were|was|are|is)\s+(?i:(?:also|physically|remotely|not)\s+)?(?i:present|in\s+attendance|absent|attending))(?:\s+(?i:but|and|who)(?:\s+[\w’'-]+){1,6})?$")]
    private static partial Regex LeadInSentence();

    // "There were 12 members present", "Nine trustees were in attendance", "12 representatives attending".
    [GeneratedRegex(@"^(?:there\s+(?:were|was)\s+)?(?<subject>(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty(?:-\p{L}+)?)\s+(?:[\p{L}’'.-]+\s+){0,4}?)(?:(?:were|was)\s+)?(?:present|in\s+attendance|attending)$", RegexOptions.IgnoreCase)]
    private static partial Regex CountedPresence();

    [GeneratedRegex(@"^(?<head>(?i:present|apolog(?:y|ies)|absent|regrets|excused))\s+(?<rest>(?<title>\p{L}+\.?)\s+\p{Lu}.*)$")]
    private static partial Regex BareLabel();

    [GeneratedRegex(@"^\d{1,4}\s+\p{Ll}")]
    private static partial Regex HeadCountLead();

    [GeneratedRegex(@"\babsent\b|\bnot\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAttending();

    [GeneratedRegex(@"^(?<phrase>(?:[\w’'-]+\s+){0,6}(?:present|attending|attendance|remotely|participat(?:e|ed|ing)|participants|apologies|absent|observers|guests|invited)(?:\s+[\w’'.-]+){0,3})\s*:\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PhraseLabel();
}
