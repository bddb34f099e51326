using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Lexicon;

/// <summary>The words of a meeting's header: meeting and organisation words, venue words, header labels and site chrome.</summary>
public static partial class MeetingVocabulary
{
    /// <summary>True when the text names a meeting or a meeting body ("Minutes", "Board Meeting", "Committee").</summary>
    public static bool HasMeetingWord(string text) => MeetingWord().IsMatch(text);

    /// <summary>
    /// True when the text minutes business done: a motion, a vote or a review in the past tense ("was reviewed", "motion
    /// carried", "approved unanimously"), not a task still to do.
    /// </summary>
    public static bool RecordsBusinessDone(string text) => BusinessDone().IsMatch(text);

    [GeneratedRegex(@"\b(?:motion|moved\s+(?:to|that|and)|seconded|carried|ratified|voted|unanimously|(?:was|were|been)\s+(?:\w+\s+)?(?:approved|adopted|reviewed|discussed|presented|accepted|received|passed)|approved\s+(?:as|by|with)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BusinessDone();

    /// <summary>True when the text names an organisation ("… Trust", "… Association, Inc.", "… Institute").</summary>
    public static bool HasOrganisationWord(string text) => OrganisationWord().IsMatch(text);

    /// <summary>True when the text names a kind of place meetings are held in ("Village Hall", "Room 4", "Council Offices").</summary>
    public static bool HasVenueWord(string text) => VenueWord().IsMatch(text);

    /// <summary>True for a classification, status or approval banner printed above documents ("UNCLASSIFIED", "Draft", "Approved by the Board on …").</summary>
    public static bool IsBanner(string text) => Banner().IsMatch(text.Trim());

    /// <summary>
    /// True for a line that is site or converter chrome rather than the minutes' text: a wiki macro ("[[_TOC_]]"), a line
    /// that is only a link ("[Original file](…)"), or a blog post's byline ("Posted: …").
    /// </summary>
    public static bool IsChrome(string text) => Chrome().IsMatch(text.Trim());

    /// <summary>True for a site generator's front-matter assignment ('date = "…"', 'group = "minutes"'): the page's metadata, not
    /// the minutes' text.</summary>
    public static bool IsAssignment(string text) => Assignment().IsMatch(text);

    /// <summary>True for header labels that introduce a field, not a heading ("Date:", "Venue:", "Start:", "Agenda:").</summary>
    public static bool IsFieldLabel(string text) => FieldLabel().IsMatch(text);

    /// <summary>A "Title:" / "Meeting:" / "Committee:" field, whose value is the meeting's title.</summary>
    public static Match TitleField(string text) => TitleLabel().Match(text);

    /// <summary>True when the line opens with the name of the record itself ("Minutes of the Parish Council Meeting", "Meeting
    /// Minutes", "Notes of …"): the minutes' own heading, which a letterhead line above never runs on into.</summary>
    public static bool StartsWithRecordName(string text) => RecordName().IsMatch(text.Trim());

    /// <summary>True for a record heading that names no meeting: "Minutes of the meeting", "Minutes of a remote meeting held on …".</summary>
    public static bool IsUnnamedMeetingRecord(string text)
    {
        var t = text.Trim();
        var held = Held().Match(t);
        return UnnamedMeetingRecord().IsMatch(held.Success ? t[..held.Index] : t);
    }

    /// <summary>Words that carry a heading sentence on to its next line ("… OF THE DISTRICT" / "HELD IN …").</summary>
    public static bool EndsWithConnective(string text) => TrailingConnective().IsMatch(text);

    /// <summary>True when the line starts with a word that continues the sentence of the line above ("of", "held", "on").</summary>
    public static bool StartsWithConnective(string text) => LeadingConnective().IsMatch(text);

    /// <summary>The clause where a one-sentence heading turns to the meeting's place and time ("… HELD IN", "… held on").</summary>
    public static Match HeldClause(string text) => Held().Match(text);

    /// <summary>
    /// A label that names who chaired, with the name after it: "Chaired by X", "In the chair: X", "Present in the chair: X",
    /// "Presiding: X", or an officer block line "President – X" / "Chair - X".
    /// </summary>
    public static Match ChairField(string text) => ChairLabel().Match(text);

    /// <summary>A name followed by a chair role in brackets or after it: "Ann Lee (Chair)", "Ann Lee (AL, Chair)", "Ann Lee (AL) CHAIR".</summary>
    public static Match ChairRoleAfterName(string text) => ChairAfterName().Match(text);

    /// <summary>A label that names who took the minutes: "Prepared by:", "Recorded by", "Clerked by", "Minutes by", "Taken by".</summary>
    public static Match MinuteTakerField(string text) => MinuteTakerLabel().Match(text);

    /// <summary>
    /// A line opened by who took the minutes or the chair: "Taken by Ann Lee", "Minutes taken by the Secretary, Ann Lee",
    /// "Meeting chaired by Ann Lee &amp; Bob Ray" (group <c>name</c>, one capture a person).
    /// </summary>
    public static Match TakenOrChairedBy(string text) => TakenOrChairedByLine().Match(text);

    /// <summary>A field that states when a meeting is: "Time:", "Start time -", "Start:", "Date …", "When:".</summary>
    public static bool IsWhenLabel(string text) => WhenLabel().IsMatch(text);

    /// <summary>The meeting's close ("Meeting closed at 9.10pm", "the meeting ended"): a time there is when this meeting ended.</summary>
    public static Match ClosingStatement(string text) => Closing().Match(text);

    /// <summary>A statement of the next meeting's date: "Date of next meeting", "Next meeting:", "the next meeting will be held …".</summary>
    public static Match NextMeetingStatement(string text) => NextMeeting().Match(text);

    // A meeting held by telephone is named so by standards groups and remote teams ("… teleconf", "… Telco", "telecon").
    [GeneratedRegex(@"\b(?:minutes|meeting|committee|board|panel|council|agm|trustees|governors|cabinet|forum|group|assembly|session|teleconf(?:erence)?|telecon|telco)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingWord();

    [GeneratedRegex(@"\b(?:trust|council|office|school|academy|college|university|ltd|limited|ips|association|society|foundation|commissioner|charity|partnership|authority|department|service|services|library|libraries|inc|plc|nhs|police|fire|network|institute|club|union|federation|alliance|consortium|corporation|company|strata\s+plan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrganisationWord();

    [GeneratedRegex(@"\b(?:hall|room|offices?|cent(?:re|er)|house|library|lodge|street|st|road|rd|avenue|ave|lane|building|institute|chambers?|school|church|hotel|workspace|pavilion|clubhouse|campus|suite|floor|ground|conference\s+call|zoom|teams|online|virtual)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VenueWord();

    // An approval stamp printed above published minutes ("Approved by the Board on 17 February 2011", "Adopted: 3/4/2024")
    // records when the minutes were accepted at a later meeting: its date and wording are not this meeting's.
    [GeneratedRegex(@"^(?:(?:un)?classified|official(?:[\s-]sensitive)?|restricted|confidential|draft|approved|final|public|private|not\s+protectively\s+marked|(?:approved|adopted|ratified|confirmed)(?:\s+as\s+(?:amended|presented|circulated))?(?:\s*:|\s+(?:by|at|on)\b).{0,100})$", RegexOptions.IgnoreCase)]
    private static partial Regex Banner();

    [GeneratedRegex(@"^\s*[A-Za-z_][\w-]*\s*=\s*\S")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"^(?:\[\[[^\]]*\]\]|\[[^\]]*\]\([^)]*\)|posted(?:\s+on)?\s*:.*|(?:last\s+)?(?:updated|modified)\s*:.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Chrome();

    [GeneratedRegex(@"^(?:date\s*(?:and|&|/)\s*time|time\s*(?:and|&|/)\s*date|date|time|start(?:\s+time)?|starts|end(?:\s+time)?|finish|venue|location|address|place|where|when|what|chair\w*|acting chair|minutes?(?:\s+taken\s+by|\s+by)?|present|apologies|attendees|attendance|in attendance|absent|regrets|meeting\s+\w+|facilitator|note\s*taker|timekeeper|secretary|scribe|president|agenda|purpose|notes?|subject|objectives?|prepared\s+by|recorder)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex FieldLabel();

    // "What: X" (with "When:" and "Where:") is how event templates and wikis label the meeting.
    [GeneratedRegex(@"^(?:title\s+of\s+meeting|meeting\s+title|meeting\s+name|title|committee|meeting|what)\s*[:;]\s*(?<v>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleLabel();

    [GeneratedRegex(@"^(?:(?:draft|approved|unconfirmed|confirmed|signed)\s+)?(?:(?:meeting\s+)?minutes|(?:notes|record)\s+of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecordName();

    [GeneratedRegex(@"^(?:(?:draft|approved|unconfirmed|confirmed|signed)\s+)?minutes\s+of\s+(?:the|a|an)\s+(?:[\w-]+\s+)?meeting\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex UnnamedMeetingRecord();

    [GeneratedRegex(@"^(?:start(?:ing)?\s+)?time\s*[:\-]|^start\s*:|^date\b|^when\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex WhenLabel();

    [GeneratedRegex(@"\b(?:closed|close|ended|finished|concluded)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    [GeneratedRegex(@"(?:,|\b(?:of|the|and|for|at|in|on|held|to))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingConnective();

    [GeneratedRegex(@"^(?:of|held|on|at|in|and|for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingConnective();

    [GeneratedRegex(@"[\s,]+(?:which\s+was\s+|that\s+was\s+)?held\s+(?:in|at|on|via|by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Held();

    [GeneratedRegex(@"^(?:(?:present\s+)?in\s+the\s+chair\s*[:\-–]?|(?:meeting\s+)?chaired\s+by\s*:?|presiding\s*:|(?:president|chair(?:man|person|woman)?)\s+[-–]\s+)\s*(?<n>\S.*?)(?:,?\s+in\s+(?:the\s+)?absence\s+of\b.*)?[\s.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ChairLabel();

    [GeneratedRegex(@"(?<n>[A-Z][\w’'-]+(?:\s+(?!(?i:vice)\b)[A-Z][\w’'.-]*){0,3})\s*(?:\((?:[A-Z]{2,4},\s*)?(?:the\s+)?(?i:chair(?:man|person|woman)?)\b[^)]*\)|(?:\([A-Z]{2,4}\)\s*)?(?:[-–,]\s*)?\bCHAIR(?:MAN|PERSON)?\b)")]
    private static partial Regex ChairAfterName();

    // "Scribe(s): X", as W3C's Markdown minutes label the scribes.
    [GeneratedRegex(@"^(?:(?:minutes\s+)?(?:prepared|recorded|clerked|written|taken)\s+by|minutes\s+by|recorder|recording\s+secretary|scribe\(s\)\s*:)\s*:?\s+(?<n>\S.*?)[\s.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex MinuteTakerLabel();

    // "by/for/until the next meeting" names a deadline or a topic, not the date of the next meeting; "Date for next meeting:"
    // labels it all the same.
    [GeneratedRegex(@"\b(?:date|time)s?\s+(?:and\s+(?:time|venue|place)\s+)?(?:of|for)\s+(?:the\s+)?next\b|(?<!\b(?:by|at|for|to|until|through|before|after|from|till|during|than)\s+(?:the\s+|our\s+|its\s+)?)\bnext\s+(?:\w+\s+){0,2}meetings?\b|\bnext\s+(?:\w+\s+)?(?:is|will\s+be)\s+(?:on|held)", RegexOptions.IgnoreCase)]
    private static partial Regex NextMeeting();

    [GeneratedRegex(@"^(?i:(?:the\s+)?(?:meeting\s+|minutes\s+)?(?:taken|chaired|recorded)\s+by)\s+(?i:the\s+(?:[\w-]+\s+)?(?:secretary|clerk|chair(?:man|person)?),\s+)?(?<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})(?:\s*\([^)]*\))?(?:\s*(?:&|and)\s+(?<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}))?")]
    private static partial Regex TakenOrChairedByLine();
}
