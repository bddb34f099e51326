using System.Text.RegularExpressions;
using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Core.Parsing.Lexicon;

/// <summary>The words of attendance records: group labels, the status each gives, group roles and attendance modes.</summary>
public static partial class AttendanceVocabulary
{
    /// <summary>
    /// True when a label's words (without the colon) name an attendance group: a keyword ("Present", "Apologies", "Roll call",
    /// "Attendee list") alone or after up to three group words ("Board Members Present", "Staff attending", "Other attendees").
    /// </summary>
    public static bool IsGroupLabel(string head)
    {
        // "Members in attendance via Zoom": how people attended does not change what the label says.
        var h = WithoutAttendanceMode(WithoutSlashTail(Spaces().Replace(HeadCount().Replace(head.Trim(), ""), " ")));
        // "Attendance (please add yourself)": a shared document's note to its readers after the label is no part of it.
        h = TrailingRemark().Replace(h, "");
        if (h.Length == 0 || h.Length > 60) return false;
        if (StandaloneLabel().IsMatch(h)) return true;
        // "Present from ABC:", "Attending for the County:": meetings of several organisations list who came from each.
        if (FromQualifier().Match(h) is { Success: true } q) h = q.Groups["head"].Value;
        return !NotAGroup().IsMatch(h) && (GroupLabel().IsMatch(h) || StatusFirstLabel().IsMatch(h));
    }

    [GeneratedRegex(@"^(?<head>(?:[\p{L}’'-]+\s+){0,2}(?:present|attending|attendees|participants|in\s+attendance))\s+(?:from|for|representing|on\s+behalf\s+of)\s+(?:the\s+)?(?-i:\p{Lu})[\p{L}\p{N}&.’'-]*(?:\s+[\p{L}\p{N}&.’'-]+){0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex FromQualifier();

    /// <summary>The status a group label gives: apologies, absent, in attendance (staff, officials, public, guests) or present.</summary>
    public static string StatusOf(string head)
    {
        // "Present/Absent" heads a roll whose entries are marked one by one: the first word says the group.
        var h = WithoutSlashTail(head.Trim()).ToLowerInvariant();
        if (ApologiesWords().IsMatch(h)) return AttendanceStatus.Apologies;
        if (AbsentWords().IsMatch(h)) return AttendanceStatus.Absent;
        // "Board members in attendance were …": who they are says the status, and members of the body are present.
        if (InAttendanceWords().IsMatch(h))
            return MemberGroup().IsMatch(h) && !InAttendanceWords().IsMatch(InAttendancePhrase().Replace(h, " ")) ? AttendanceStatus.Present : AttendanceStatus.InAttendance;
        return AttendanceStatus.Present;
    }

    [GeneratedRegex(@"\b(?:members?|directors?|trustees?|councillors?|commissioners?|governors?|supervisors?)\b")]
    private static partial Regex MemberGroup();

    [GeneratedRegex(@"in\s+attendance")]
    private static partial Regex InAttendancePhrase();

    /// <summary>The role a group label gives everyone under it ("Present in the chair:" → Chair, "Secretariat:"), else null.</summary>
    public static string? GroupRole(string head)
    {
        var h = head.Trim().ToLowerInvariant();
        if (h.Contains("in the chair")) return "Chair";
        if (h == "secretariat") return "Secretariat";
        return null;
    }

    /// <summary>
    /// A label's keyword without a gloss added after a slash ("Regrets / could not attend" → "Regrets"); a label whose first
    /// part is not a group label is returned whole.
    /// </summary>
    public static string WithoutSlashTail(string head)
    {
        var m = SlashTail().Match(head);
        return m.Success && m.Groups["head"].Value is var h && (StandaloneLabel().IsMatch(h) || (!NotAGroup().IsMatch(h) && GroupLabel().IsMatch(h))) ? h : head;
    }

    /// <summary>An entry without the words saying it is a proxy ("Directed proxy sent by Ann Lee" → "Ann Lee"): the person who gave it.</summary>
    public static string WithoutProxyLead(string entry) => ProxyLead().Replace(entry, "");

    /// <summary>
    /// A list without the sentence that introduces it ("The following 12 members signed the attendance sheet: Ann Lee, …" →
    /// "Ann Lee, …"), as minutes often open a group's list with a clause ending in a colon.
    /// </summary>
    public static string WithoutListLeadIn(string text) => ListLeadIn().Replace(text, "");

    /// <summary>True for a label that opens a line of notes before a colon, not a person ("Note: …", "Update: …", "Venue: …").</summary>
    public static bool IsNoteLabel(string word) => NoteLabel().IsMatch(word.Trim());

    [GeneratedRegex(@"^(?:notes?|update|updates|date|time|venue|location|place|agenda|minutes|comments?|items?|topics?|subject|re|quorum|total|summary|report|reports|status|positions?|attendance|reason|result|outcome|decision|action|actions|other|others|none|n/?a|tbc|tbd)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoteLabel();

    /// <summary>True when a group's value says that nobody is in it ("Nil", "None", "No apologies received").</summary>
    public static bool IsNobody(string value) => Nobody().IsMatch(value.Trim());

    /// <summary>Removes how a person attended ("by phone", "via Zoom", "(remote)") so it is not read as a role.</summary>
    public static string WithoutAttendanceMode(string entry) => Spaces().Replace(AttendanceMode().Replace(entry, " "), " ").Trim();

    /// <summary>Markup left in front of a label by conversions ("[]()", "| ", "#", "**") that does not change its meaning.</summary>
    public static string WithoutLeadingMarkup(string line) => LeadingMarkup().Replace(line, "");

    // A keyword after at most three group words: "Members present", "Community Members Present", "Staff attending",
    // "Joining by video", "Excused absences".
    [GeneratedRegex(@"^(?:[\p{L}’'/&.-]+\s+){0,3}(?:present(?:\s+(?:remotely|in\s+person|online|virtually|by\s+\w+|in\s+the\s+chair|(?:and|&)\s+(?:voting|reporting|participating)))?|(?:attending|joining|joined|dial(?:l)?ed[\s-]in|calling\s+in|participating)(?:\s+(?:by|via|on|over|through)\s+\p{L}+(?:\s+\p{L}+)?|\s+remotely|\s+online|\s+virtually)?|in\s+attendance|attendance|attendees(?:[’']?\s+initials)?|attendee\s+list|participants(?:\s+list)?|list\s+of\s+participants|attendance\s+list|list\s+of\s+attendees|apolog(?:y|ies)(?:\s+for\s+absence|\s+in\s+advance)?(?:\s+received)?|prox(?:y|ies)(?:\s+(?:received|submitted|given|held))?(?:\s+(?:from|by)(?:\s+\p{L}+){0,2})?|(?:represented\s+)?by\s+proxy|regrets|absent(?:\s+without\s+notice|\s+w/o\s+notice|\s+with\s+apologies)?|excused(?:\s+absences?)?|absences?|not\s+present|not\s+in\s+attendance|observers?(?:\s+present)?|guests?(?:\s+present|\s+presenters?|\s+speakers?)?|visitors?|invited(?:\s+guests)?|officials(?:\s+present|\s+in\s+attendance)?|roll\s+call(?:\s+of\s+(?:the\s+)?\p{L}+(?:\s+\p{L}+)?)?|members\s+of\s+the\s+public)$", RegexOptions.IgnoreCase)]
    private static partial Regex GroupLabel();

    // The status word before the group it qualifies: "Present Board Members", "Absent Trustees".
    [GeneratedRegex(@"^(?:present|absent|excused|attending)\s+(?!(?:nil|no|none)\b)(?:[\p{L}’'-]+\s+){0,2}(?:members|trustees|directors|commissioners|council(?:l)?ors|governors|officers|staff|officials)$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusFirstLabel();

    // A head count printed after a label: "Present (7)", "Excused (3)", "Members present (n=12)", "Apologies (2 members)",
    // "Board members present (3/3)", "Present (5 of 7)".
    [GeneratedRegex(@"\s*\((?:n\s*=\s*)?\d{1,3}(?:\s*(?:/|of|out\s+of)\s*\d{1,3})?(?:\s+\p{L}+)?\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadCount();

    // Labels that only name a group when they stand alone before the colon.
    [GeneratedRegex(@"^(?:panel|panel\s+members|members|council|secretariat|remote|missing(?:\s+attendees)?|officers(?:\s+present)?|(?:management\s+(?:and|&)\s+)?staff|public|also\s+present|also\s+attending|apologies\s+were\s+received\s+from)$", RegexOptions.IgnoreCase)]
    private static partial Regex StandaloneLabel();

    // Words that make a line an agenda heading or a vote, not a group of people.
    [GeneratedRegex(@"\b(?:vote|votes|motion|report|reports|update|comments?|agenda|minutes|approval|approve|record|to\s+record|declarations?|interests?|quorum|note|noted|were|was|is|are|who|those\s+who)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAGroup();

    [GeneratedRegex(@"apolog|regret|excused")]
    private static partial Regex ApologiesWords();

    // Those who sent a proxy did not attend: "Proxies received from:", "Represented by proxy:".
    [GeneratedRegex(@"absen(?:t|ces?)|not\s+present|not\s+in\s+attendance|missing|unable\s+to\s+attend|^prox(?:y|ies)\b(?!\s+holders?)|by\s+proxy")]
    private static partial Regex AbsentWords();

    [GeneratedRegex(@"in\s+attendance|^also\b|invited|observer|observing|non-voting|guest|visitor|\bstaff\b|officials|public|community|\bothers?\b|secretariat|advis[eo]rs?")]
    private static partial Regex InAttendanceWords();

    [GeneratedRegex(@"\s*(?:\((?:remote(?:ly)?|by\s+phone|via\s+\w+|online|virtual(?:ly)?|in\s+person)\)|\b(?:by\s+(?:tele)?phone|via\s+(?:zoom|teams|skype|phone|video(?:\s+link)?|telephone)|on\s+the\s+phone)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AttendanceMode();

    [GeneratedRegex(@"^(?:\s|\[\]\(\)|\[\s*\]\([^)]*\)|[|#>*_])+")]
    private static partial Regex LeadingMarkup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s*\((?=\p{Ll})[^()]{1,60}\)$")]
    private static partial Regex TrailingRemark();

    [GeneratedRegex(@"^(?:\p{L}+\s+)?prox(?:y|ies)\s+(?:(?:sent|given|submitted|received|lodged)\s+)?(?:by|from)\s+(?=\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex ProxyLead();

    [GeneratedRegex(@"^\s*(?:the\s+)?following\b[^:.;]{0,80}:\s*(?=\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex ListLeadIn();

    [GeneratedRegex(@"^(?<head>[^/]{2,40}?)\s*/\s*\S.*$")]
    private static partial Regex SlashTail();

    [GeneratedRegex(@"^(?:nil|none|n/?a|n\.a\.?|nobody|no\s*one|no\s+(?:apologies|regrets|absences)(?:\s+(?:were\s+)?(?:received|given|noted))?)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Nobody();
}
