using System.Text.RegularExpressions;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction;
using MinutesIngest.Core.Extraction.Text;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Text;

namespace MinutesIngest.Ingest.Triage;

/// <summary>Reads <see cref="TriageFeatures"/> from the block model and the parse of one document.</summary>
public static partial class TriageFeatureReader
{
    // The opening is where every kind of document says what it is; further down, an agenda quotes "minutes" and
    // minutes quote "agenda", so cues there decide nothing.
    private const int OpeningLines = 8;

    public static TriageFeatures Read(SourceDocument document, MinutesRecord record)
    {
        var lines = document.Blocks.SelectMany(b => BlockText.Of(b).Split('\n'))
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var text = string.Join("\n", lines);
        var opening = lines.Take(OpeningLines).Select(l => l.Length > 300 ? l[..300] : l).ToList();
        if (record.Meeting.Title is { } title) opening.Insert(0, title);
        // What a document calls itself is a heading or a label, not a sentence that mentions minutes in passing.
        var headings = opening.Where(IsHeadingLike).ToList();
        var pageTitles = PageTitles(document).ToList();
        var spaced = LetterSpacedText.Squeeze(lines);
        var outcomes = lines.Count(l => OutcomeLinePattern().IsMatch(l));
        return new TriageFeatures
        {
            DataFormat = document.Properties.GetValueOrDefault(TextExtractor.DataFormatProperty),
            Words = WordPattern().Count(text),
            EnglishWordShare = EnglishShare(text),
            // A command in a code span ("`minutes eval …`") is a tool's name, not what the document calls itself.
            // What a line calls the document is said before any sentence in it ends: a wrapped line of prose ("… sent to OCR.
            // That is not a minutes rule;") only mentions minutes.
            MinutesHeading = headings.Select(l => FirstSentence(CodeSpanPattern().Replace(l, ""))).Any(NamesTheseMinutes)
                || LetterSpacedText.Count(spaced, "minutes") > 0
                // A page that names itself minutes in its title ("Minutes 4 May 2021", a wiki's "minutes-2021-05-04") when its
                // text opens straight into the business; a site-wide title naming agendas too says nothing of this page.
                || pageTitles.Any(t => NamesTheseMinutes(t) && !t.Contains("agenda", StringComparison.OrdinalIgnoreCase)),
            AgendaHeading = headings.Any(l => AgendaHeadingPattern().IsMatch(l) && !AgendaBusinessPattern().IsMatch(l))
                || opening.Any(l => SummonsPattern().IsMatch(l)),
            PaperHeading = opening.Any(l => PaperHeadingPattern().IsMatch(l)),
            OtherHeading = opening.Any(l => OtherHeadingPattern().IsMatch(l)) || headings.Any(l => CollectionHeadingPattern().IsMatch(l)),
            MinutesSection = lines.Any(l => l.Length <= 60 && MinutesSectionPattern().IsMatch(l) && !EarlierMinutesPattern().IsMatch(l))
                || lines.Any(l => MinuteTakerSignOffPattern().IsMatch(l))
                || DatedMinutesLine(lines),
            PastRecordCues = PastRecordPattern().Count(text) + PresentRecordPattern().Count(text) + LetterSpacedText.Count(spaced, SpacedPastCues) + outcomes,
            RecordedOutcomes = outcomes,
            FutureBusinessCues = lines.Count(l => FutureItemPattern().IsMatch(l)) + FutureMeetingPattern().Count(string.Join("\n", opening)),
            // An attendance record laid out as a table has its labels in cells ("Attendees | Observers").
            AttendanceLabels = lines.Sum(l => l.Split(" | ").Count(c => AttendanceLabelPattern().IsMatch(c.Trim()))),
            Attendees = record.Attendance.Count,
            RollCallLines = lines.Count(l => RollCallLinePattern().IsMatch(l)),
            HeadCountRecorded = lines.Any(l => HeadCountPattern().IsMatch(l)),
            PresentLabel = lines.Any(l => PresentLabelPattern().IsMatch(l)),
            Items = record.Items.Count,
            Actions = record.Actions.Count,
            OpenOrCloseRecorded = OpenClosePattern().IsMatch(text) || LetterSpacedText.Count(spaced, "calledthemeetingtoorder", "adjourned") > 0,
            ReportSections = lines.Count(l => l.Length < 80 && ReportSectionPattern().IsMatch(l)),
            OtherCues = lines.Count(l => OtherCuePattern().IsMatch(l)),
            // A file named in a web address is a link, as minutes cite their papers; a README names files themselves.
            FileReferenceLines = lines.Count(l => FileReferencePattern().IsMatch(WebAddressPattern().Replace(l, " "))),
        };
    }

    // A heading or title naming this meeting's minutes, not earlier minutes or a collection of them.
    private static bool NamesTheseMinutes(string line) =>
        MinutesHeadingPattern().IsMatch(line) && !EarlierMinutesPattern().IsMatch(line) && !CollectionHeadingPattern().IsMatch(line);

    // The titles a page carries outside its text (an HTML page's <title> and article heading, a site generator's front-matter
    // title). A wiki or a static site names a page by its slug ("minutes-2021-05-04"), read here as words when it carries the
    // meeting's date or number; a tool's name ("minutes-bot") is no meeting's.
    private static IEnumerable<string> PageTitles(SourceDocument document) =>
        PageTitleProperties.Of(document.Properties).Select(t => t.Trim()).Where(t => t.Length is > 0 and <= 140)
            .Select(t => t.Any(char.IsWhiteSpace) || !t.Any(char.IsDigit) ? t : SlugSeparatorPattern().Replace(t, " "));

    [GeneratedRegex(@"[-_]+")]
    private static partial Regex SlugSeparatorPattern();

    // Letter-spaced text ("M i n u t e s") defeats word patterns; its squeezed form is searched for these instead.
    private static readonly string[] SpacedPastCues = ["approved", "seconded", "motioncarried", "reported", "agreedto", "discussed", "actionitem", "present:"];

    // Words every English text is full of and other languages' minutes rarely contain ("i", "a", "on", "to" are left out:
    // they are words or common tokens in other European languages too).
    private static readonly HashSet<string> EnglishFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "of", "was", "were", "that", "with", "for", "this", "from", "by", "which", "would", "will", "have",
        "has", "been", "is", "are", "be", "it", "at", "as", "meeting", "minutes",
    };

    private static double EnglishShare(string text)
    {
        var words = WordPattern().Matches(text).Select(m => m.Value).Where(w => w.Any(char.IsLetter)).ToList();
        return words.Count == 0 ? 1 : words.Count(EnglishFunctionWords.Contains) / (double)words.Count;
    }

    // A heading may end with a time's full stop ("… @ 6:30 P.M."), not a sentence's.
    private static bool IsHeadingLike(string line) =>
        line.Length <= 140 && !NumberedLinePattern().IsMatch(line)
        && (!line.EndsWith('.') || TimeOfDayEndPattern().IsMatch(line) || line.StartsWith("minutes", StringComparison.OrdinalIgnoreCase));

    private static string FirstSentence(string line) => SentenceBreakPattern().Split(line, 2)[0];

    // A word, a full stop, then a capital: one sentence ends and another begins ("… to OCR. That is"); "p.m. On" and
    // titles or company abbreviations ("Mr. Lee", "Example Homes Inc. Board") end no sentence.
    [GeneratedRegex(@"(?<=\w{2}[.!?])(?<!\b(?:Mrs?|Ms|Dr|St|Inc|Ltd|Co|Corp|No|Jr|Sr|Rev|Hon)\.)\s+(?=\p{Lu})")]
    private static partial Regex SentenceBreakPattern();

    [GeneratedRegex(@"\b[ap]\.\s?m\.$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDayEndPattern();

    [GeneratedRegex(@"^(?:\(?\d+[.):]?|[ivx]+\.|[a-z]\)|[-*•])\s")]
    private static partial Regex NumberedLinePattern();

    // A heading that names a collection of documents rather than one meeting's minutes: an archive's index, a list of
    // sources ("… : sources", "Sources"), whether or not it says the documents are minutes.
    [GeneratedRegex(@"^(?:#+\s*)?(?:index|archive|list|catalogue|register)\s+of\s+(?:\w+\s+){0,3}minutes\b|^(?:#+\s*)?.{0,80}[:–—-]\s*(?:sources|index|archive|catalogue|file\s+list|contents)\s*$|^(?:#+\s*)?(?:sources|file\s+list|document\s+index)\s*$|\bminutes\s+(?:archive|index|catalogue)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex CollectionHeadingPattern();

    // Agenda business quoted in minutes or papers: approving or consenting to an agenda, an agenda item or pack.
    [GeneratedRegex(@"\bagenda\s+(?:item|pack|reports?|papers?)\b|\b(?:approv\w*|adopt\w*|confirm\w*|consent\s+to|review\s+of)\s+(?:of\s+)?(?:the\s+)?agenda\b|\bagenda\s+(?:was|were)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex AgendaBusinessPattern();

    // A reStructuredText role (":doc:`…`", ":ref:`…`") links another page, as minutes link their papers: it names no file.
    // A code span names a file only when it holds a path: software minutes quote option, class and method names
    // (`parser`, `RuleTester`) on every other line, and those are the business discussed, not a list of files.
    [GeneratedRegex(@"\b[\w*-]+\.(?:pdf|docx?|html?|md|txt|json|tsv|csv|ya?ml|xml|zip|cs|py|sh)\b|(?<!:[\w-]+:)`[^`/]*/[^`]*`",
        RegexOptions.IgnoreCase)]
    private static partial Regex FileReferencePattern();

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex CodeSpanPattern();

    // A log of meetings heads each meeting with its date, then the record's bare name ("4 May 2024" / "Club notes" / "Minutes:"):
    // under a date the bare word is this meeting's record, where an agenda uses it alone as an item's title.
    private static bool DatedMinutesLine(IReadOnlyList<string> lines)
    {
        for (var i = 1; i < lines.Count; i++)
            if (BareMinutesPattern().IsMatch(lines[i]) && (DateFinder.IsDateOnly(lines[i - 1]) || (i > 1 && DateFinder.IsDateOnly(lines[i - 2]))))
                return true;
        return false;
    }

    [GeneratedRegex(@"^\W*minutes\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareMinutesPattern();

    [GeneratedRegex(@"\bminutes\b(?![-_.])(?!\s+(?:of\s+(?:the\s+)?(?:previous|last)|from\s+(?:the\s+)?(?:previous|last)))|\bmeeting\s+(?:notes|record|summary)\b|\b(?:notes|record|summary)\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}meeting\b|\bnotes\s+taken\s+by\b|\bscribe\b|(?-i:\b(?:MINUTES|Minutes)-[A-Z])",
        RegexOptions.IgnoreCase)]
    private static partial Regex MinutesHeadingPattern();

    // A line of its own naming the record of the meeting ("Notes of the meeting", "Meeting minutes") wherever it stands:
    // a working group's page often opens with the agenda and keeps its notes beneath. An agenda's "Minutes of the
    // previous meeting" names another meeting's.
    [GeneratedRegex(@"^(?:#+\s*)?(?:(?:notes|minutes|record)\s+(?:of|from)\s+(?:the|this|today'?s)\s+(?:(?!previous\b|last\b|next\b)\w+\s+){0,2}(?:meeting|call|session|teleconference|telecon)|meeting\s+(?:notes|minutes))\s*:?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex MinutesSectionPattern();

    // The clerk's sign-off naming who wrote these minutes ("Minutes submitted by: Ann Lee", "Minutes taken by Bob Ray"), which
    // ends minutes kept on the agenda's own numbering; a blank to fill in ("Minutes taken by: ____") names nobody.
    [GeneratedRegex(@"^(?:[\divxlc]+[.)]\s+)?minutes\s+(?:submitted|taken|recorded|prepared|written|transcribed|compiled)\s+by\s*:?\s*(?-i:\p{Lu})[\p{L}'’.-]+",
        RegexOptions.IgnoreCase)]
    private static partial Regex MinuteTakerSignOffPattern();

    // An opening line that only refers to earlier minutes ("to approve the minutes of…") names no minutes.
    [GeneratedRegex(@"\b(?:approv\w*|confirm\w*|adopt\w*|receive|previous|last\s+meeting|draft\s+minutes\s+of\s+the\s+previous)\b.{0,40}\bminutes\b|\bminutes\b.{0,20}\b(?:to\s+follow|attached)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex EarlierMinutesPattern();

    [GeneratedRegex(@"\bagenda\b|\border\s+of\s+(?:business|proceedings)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex AgendaHeadingPattern();

    [GeneratedRegex(@"\bnotice\s+of\s+(?:the\s+)?(?:\w+\s+)?meeting\b|\bhereby\s+(?:summoned|given)\b|\b(?:requested|invited|summoned)\s+to\s+attend\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex SummonsPattern();

    [GeneratedRegex(@"\breports?\s+(?:of|to|by|from)\s+(?:the\s+)?\w|\b(?:reports|papers|agenda)\s+pack\b|\bsupplementary\s+(?:agenda|papers|pack)\b|\b(?:board|meeting|committee)\s+papers\b|^(?:appendix|annex|enclosure|schedule)\b|\bbriefing\s+(?:note|paper)\b|\bcover\s+sheet\b|\b(?:discussion|position|options)\s+paper\b|\breport\s+title\b|\bpurpose\s+of\s+(?:the|this)\s+(?:report|paper)\b|^agenda\s+item\s+\d|\bupdate\s+for\s+members\b",
        RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex PaperHeadingPattern();

    [GeneratedRegex(@"\bnewsletter\b|\bnews\b|\bclarion\b|\bvillage\s+voice\b|\bpolicy\b|\bprocedure\b|\bcode\s+of\s+conduct\b|\bprivacy\s+notice\b|\bpress\s+release\b|\bnews\s+release\b|\bfor\s+immediate\s+release\b|\bjob\s+description\b|\brole\s+(?:profile|description)\b|\bfrequently\s+asked\b|^faq\b|\bquestions\s+and\s+answers\b|\bannual\s+report\b|\byear\s+in\s+review\b|\bprogramme\b|\bwhat'?s\s+on\b|\btimetable\b|^readme\b|\bchangelog\b|\blicen[cs]e\b",
        RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex OtherHeadingPattern();

    [GeneratedRegex(@"\bresolved\b|\bmade\s+(?:a\s+|the\s+)?motion\b|\b\d+\s+(?:yeas?|ayes?|yes)\s*[,;/-]?\s*\d+\s+(?:nays?|noes|no)\b|\bit\s+was\s+(?:agreed|noted|resolved|reported|confirmed|proposed|decided|explained|suggested|felt|moved)\b|\b(?:was|were)\s+(?:agreed|approved|noted|carried|adopted|seconded|proposed|received|accepted|discussed|ratified|signed|elected|re-?elected|welcomed|thanked)\b|\bmotion\s+(?:carried|passed|failed|approved)\b|\b(?:carried|passed)\s+unanimously\b|\bseconded\s+by\b|\b(?:reported|explained|advised|confirmed|noted|said|stated|informed\s+\w+|updated\s+\w+)\s+that\b|\b(?:agreed|decided|resolved)\s+(?:to|that)\b|\b(?:thanked|welcomed)\s+(?:\w+\s+){0,3}(?:for|to)\b|\bdeclared\s+(?:an?\s+)?interest\b|\bapologies\s+(?:were|had\s+been)\s+received\b|\b(?:discussed|reviewed|considered|presented)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex PastRecordPattern();

    // An item closed by its outcome on a line of its own ("GRANTED", "Approved (condition: …)"): a decision the meeting
    // took, which an agenda, listing business still to come, has not got.
    // The minutes of an earlier meeting closed the same way: "Approved as written", "Adopted as amended".
    [GeneratedRegex(@"^\W*(?:granted|approved|denied|refused|deferred|carried|adopted|withdrawn|tabled|passed|rejected|accepted|agreed)(?:\s+as\s+(?:written|amended|presented|circulated|distributed|read|corrected|submitted|printed))?\s*(?:\(.*\))?\W*$",
        RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeLinePattern();

    [GeneratedRegex(@"^(?:\S+\s+)?to\s+(?:receive|consider|note|approve|agree|discuss|review|resolve|confirm|elect|adopt|appoint|authorise|ratify|decide|determine)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex FutureItemPattern();

    [GeneratedRegex(@"\b(?:will|to)\s+be\s+held\b|\bwill\s+take\s+place\b|\bwill\s+(?:start|begin|commence)\s+at\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex FutureMeetingPattern();

    [GeneratedRegex(@"^(?:[\w'’ ]{0,30}\s)?(?:present|attendees|attendance|attending|in\s+attendance|apologies|absent|regrets|roll\s+call(?:\s+(?:vote|of\s+(?:the\s+)?\w+))?|participants|observers|missing(?:\s+attendees)?)(?:\s*\(\d{1,3}(?:\s*/\s*\d{1,3})?\))?\s*(?::|$|(?:\.|\s[-–])\s+(?-i:\p{Lu})[\w'’-]*(?:\s+(?-i:\p{Lu})[\w'’.-]*){0,3}\s*[,;])|\bapologies\s+(?:were|had\s+been)\s+received\b|\b(?:also\s+)?present\s+were\b|\ball\s+(?:members|councillors|directors|trustees|governors|commissioners|board\s+members)\s+(?:were\s+)?present\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex AttendanceLabelPattern();

    // "Present:", "Board members present (3/3) :", "In attendance:": who was there, which only a meeting held can say.
    [GeneratedRegex(@"^(?:[#*\s]*)(?:[\w'’ ]{0,30}\s)?(?:present|in\s+attendance)(?:\s*\([^()]{1,12}\))?\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex PresentLabelPattern();

    // Some clerks narrate in the present tense ("X makes the motion", "Y seconds", "the motion carries", "Z states that").
    [GeneratedRegex(@"\bmakes\s+(?:a\s+|the\s+)?motion\b|(?-i:\b[A-Z][\w'’.-]+\s+seconds\b)|\bmotion\s+(?:carries|passes|fails)\b|\broll\s+call\s+vote\b|(?-i:\b(?!The\b|This\b|It\b|Section\b)[A-Z][\w'’.-]*\s+(?:states|reports|explains|advises|confirms))\s+that\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex PresentRecordPattern();

    [GeneratedRegex(@"^(?:attendance\s*[:–-]\s*\d{1,4}\s*$|\d{1,4}\s+(?:people|ppl|persons|members|participants|attendees|residents|guests)\s+(?:attended|were\s+present|present|in\s+attendance)\b)",
        RegexOptions.IgnoreCase)]
    private static partial Regex HeadCountPattern();

    // One member a line with the answer to a roll call or a vote ("Lee - Here", "Ray: Yes"): the roll was called.
    [GeneratedRegex(@"^(?-i:\p{Lu})[\w'’.-]+(?:\s+(?-i:\p{Lu})[\w'’.-]+){0,2}\s*[-–:]\s*(?:here|present|absent|yes|no|aye|nay|yea|abstain(?:ed|s)?)\.?$",
        RegexOptions.IgnoreCase)]
    private static partial Regex RollCallLinePattern();

    [GeneratedRegex(@"\b(?:https?|ftp)://\S+|\bwww\.\S+", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddressPattern();

    [GeneratedRegex(@"\bcalled\s+(?:the\s+meeting\s+)?to\s+order\b|(?m:^\W*call\s+to\s+order\s*[:\-–]?\s*(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m|p\.?m))|\bmeeting\s+(?:was\s+)?(?:closed|ended|adjourned|concluded|finished)\b|\b(?:closed|adjourned|ended)\s+(?:the\s+meeting\s+)?at\b|\bopened\s+the\s+meeting\b|\bwas\s+adjourned\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex OpenClosePattern();

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\.?\s+)?(?:purpose\s+of\s+(?:the|this)\s+report|purpose|recommendations?|executive\s+summary|background(?:\s+papers)?|options(?:\s+considered)?|financial\s+implications|legal\s+implications|(?:resource|staffing|equality|environmental)\s+implications|risk\s+(?:assessment|implications)|equality\s+impact|consultation|appendices|contact\s+officer|report\s+author|decision\s+required|action\s+required|key\s+decision|wards\s+affected)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex ReportSectionPattern();

    [GeneratedRegex(@"^dear\s|^yours\s+(?:sincerely|faithfully|truly)|^(?:kind|best|warm)\s+regards|^with\s+best\s+wishes|^(?:installation|install|usage|getting\s+started|quick\s+start|contributing|licen[cs]e)\s*$|\b(?:pip|npm|dotnet\s+tool|apt-get)\s+install\b|\bgit\s+clone\b|^in\s+this\s+issue\b|^inside:|\bcopy\s+deadline\b|\bnotes\s+to\s+editors\b|^ends\.?$|\bperson\s+specification\b|\bmain\s+duties\b|^(?:adopted|review\s+date|version)\s*:?\s",
        RegexOptions.IgnoreCase)]
    private static partial Regex OtherCuePattern();
}
