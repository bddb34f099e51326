using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Items;

/// <summary>
/// Derives an item's title from the text after its number: the heading whole; cut at a colon or dash only when
/// the heading runs on into prose; the first sentence when the numbered paragraph has no heading.
/// </summary>
public static partial class ItemTitle
{
    public static string? From(string rest, string? nextLine)
    {
        var text = rest.Trim().TrimEnd(':').Trim();
        if (text.Length == 0) return nextLine == null ? null : From(nextLine, null);
        text = TrailingNa().Replace(text, "").Trim();
        // Timings ("{5 min}") and footnote markers ("minutes[1]") are not part of a heading.
        text = ExternalMarker().Replace(text, "").Trim();
        text = WithoutTiming(text);
        // Markdown emphasis around the whole title ("*Finance*", "**Close**") is markup, not text.
        text = Emphasis().Replace(text, "").Trim();
        // "Staffing a. Recruitment …": the heading ends where its first lettered sub-item starts.
        if (EmbeddedSubLabel().Match(text) is { Success: true } sub && Words(text[..sub.Index]) <= 8)
            return text[..sub.Index].Trim().TrimEnd(':', '-', '–', '—').Trim();
        var words = Words(text);
        var cut = TopLevel(Separator().Matches(text), text);
        if (cut.Success && cut.Index > 0)
        {
            var head = text[..cut.Index].Trim();
            var tail = text[(cut.Index + cut.Length)..].Trim();
            var colon = cut.Value.Contains(':');
            // A colon ends an upper-case heading or a label; a dash only ends a heading when prose follows. Either ends
            // one before a status remark ("– no report") or, for a colon, a list of what was covered ("Talks: A, B, C").
            // A short note of when it was taken ("…: ballot at 9:10") is a timing, not part of the heading.
            // "Resolution 12-2024: Fees, permits, and appeals": a numbered paper's reference before a colon labels the subject
            // that follows, so only prose or a status remark after it ends the heading there.
            var reference = colon && PaperReference().IsMatch(head);
            var ends = reference ? StatusRemark().IsMatch(tail) || ReadsAsProse(tail)
                : StatusRemark().IsMatch(tail) || (colon && Words(head) <= 6 && tail.Count(ch => ch == ',') >= 2 && !tail.Contains(". "))
                || (colon && Words(tail) <= 4 && Text.TimeFinder.FindFirst(tail) != null)
                ? true
                : colon
                ? Words(head) <= 10 && !head.Contains(". ") && (ReadsAsProse(tail) || (IsUpper(head) && !IsUpper(tail) && !IsPresenter(tail)) || Lexicon.AttendanceLabels.Match(head + ":") != null)
                : (ReadsAsProse(FirstWords(tail, 6)) && (words <= 25 || char.IsLower(tail[0]))) || RemarkAfterDash(head, tail) || PresenterRunsOn(tail);
            if (head.Length > 0 && ends) return head.TrimEnd(':', ' ');
        }
        // "PLAY AREA It was noted that …": the heading stops where a sentence starts.
        foreach (Match start in SentenceStarter().Matches(text))
        {
            var head = text[..start.Index].Trim();
            // One capitalised word can be the whole heading ("Finance The accounts were …"); a lower-case one, or a title
            // before a name's initial ("Cllr B Quenby …"), cannot.
            if (Words(head) > 16 || head.Contains(". ") || (Words(head) < 2 && !IsUpper(head) && !(char.IsUpper(head[0]) && start.Value != "A" && !Attendance.PersonNames.IsHonorific(head))) || ReadsAsProse(head)) continue;
            var following = string.Join(' ', text[start.Index..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(10));
            if (ProseVerb().IsMatch(following) || PastTense().IsMatch(following)) return head;
        }
        if (words > 25) return FirstSentence(text);
        // A heading is one phrase; text that runs on past a sentence end is a numbered paragraph.
        var end = TopLevel(SentenceEnd().Matches(text), text);
        return end.Success && end.Index + 1 < text.Length ? FirstSentence(text) : text;
    }

    /// <summary>
    /// Drops the time an item was reached ("APPROVAL OF MINUTES (8:02pm)", "Opening – 7:15pm"): labelling leaves timings out of
    /// titles. What follows such a timing ("(8:02pm); 12 members", "(9:40pm) Proposed by …") is the minute's note, not the heading;
    /// a timing among further asides ("(Ann Lee) (10:15 am) (copy attached)") is left as written.
    /// </summary>
    private static string WithoutTiming(string text)
    {
        // An agenda that times its items prints the time before the title ("6:30pm Welcome", "8:45 - Close").
        if (LeadingTiming().Match(text) is { Success: true } lead && lead.Length < text.Length) text = text[lead.Length..];
        foreach (Match m in Timing().Matches(text))
            if (m.Index > 0 && Text.TimeFinder.FindFirst(m.Groups["t"].Value) != null)
                return text[..m.Index].Trim();
        return text;
    }

    /// <summary>A presenter's name after an upper-case heading ("ADMIN REPORT: Ann Lee") belongs to the heading.</summary>
    private static bool IsPresenter(string tail) => !tail.EndsWith('.') && Attendance.PersonNames.LooksLikeName(tail);

    // "Treasurer's Report – Ann Lee announced that …": the person who presented the item, then what they said, begins the
    // minute's own text; a name alone after the dash ("Call to Order – Ann Lee") stays in the title.
    private static bool PresenterRunsOn(string tail) =>
        PresenterThenText().Match(tail) is { Success: true } m && Attendance.PersonNames.LooksLikeName(m.Groups["name"].Value);

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,3})\s+(?:reported|stated|announced|said|noted|explained|presented|gave|informed|thanked|welcomed|opened|led|brought|read|asked|shared|updated|confirmed|advised|proposed|moved)\s")]
    private static partial Regex PresenterThenText();

    // "Networking – Works, several users can play", "Sites – Whilst other sites exist, …": a short topic, a dash, then a sentence
    // in the minute's own words (a capital, then words in lower case), not a subtitle in title case ("Budget – Capital Plan").
    private static bool RemarkAfterDash(string head, string tail)
    {
        if (Words(head) > 6 || head.Any(char.IsDigit) || tail.Length == 0 || !char.IsUpper(tail[0])) return false;
        var opening = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6).ToList();
        return opening.Count >= 3 && opening.Skip(1).Count(w => char.IsLower(w[0]) && !TitleCaseSmallWord().IsMatch(w)) >= 2;
    }

    [GeneratedRegex(@"^(?:a|an|the|and|or|of|for|to|in|on|at|by|with|from|vs?\.?)$")]
    private static partial Regex TitleCaseSmallWord();

    private static string FirstWords(string s, int n) => string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(n));

    private static bool IsUpper(string s) => s.Count(char.IsLetter) >= 3 && s.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>Prose has a finite verb; a heading continuation ("update on the lease", "quarter 2 position") does not.</summary>
    /// <remarks>A full sentence after the heading reads as prose too when it opens with a past-tense verb ("Hosted an open
    /// day …") or gives someone a task ("Ann Lee to send …"), the two ways short minutes note what happened under a topic.</remarks>
    private static bool ReadsAsProse(string tail) =>
        tail.Length > 0 && (ProseVerb().IsMatch(tail) || PastTense().IsMatch(tail) || (char.IsLower(tail[0]) && tail.EndsWith('.') && Words(tail) >= 3)
            || (tail.EndsWith('.') && Words(tail) >= 3 && (OpeningPastTense().IsMatch(tail) || TaskGiven().IsMatch(tail))));

    private static string FirstSentence(string text)
    {
        var m = TopLevel(SentenceEnd().Matches(text), text);
        return m.Success ? text[..(m.Index + 1)].Trim() : text;
    }

    // Brackets hold asides ("(10:15 am)", "(see below. Copy attached)"): a colon or full stop inside them, or a colon
    // between digits of a time, neither ends a heading nor a sentence.
    private static Match TopLevel(MatchCollection matches, string text)
    {
        foreach (Match m in matches)
        {
            var before = text.AsSpan(0, m.Index);
            if (before.Count('(') > before.Count(')') || before.Count('[') > before.Count(']')) continue;
            var colon = text.IndexOf(':', m.Index, m.Length);
            if (colon > 0 && colon + 1 < text.Length && char.IsDigit(text[colon - 1]) && char.IsDigit(text[colon + 1])) continue;
            return m;
        }
        return Match.Empty;
    }

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"(?<=\S\s+)(?<![-–—:]\s*)\b(?:The|It|A|An|Cllr\.?|Councillor|Mr|Mrs|Ms|Dr|Apologies|Nothing|There|This|He|She|They|We|See|All|No|Members|Following|Following)\b(?=\s)")]
    private static partial Regex SentenceStarter();

    [GeneratedRegex(@"\b[a-z]{3,}ed\b")]
    private static partial Regex PastTense();

    [GeneratedRegex(@"^\p{Lu}[a-z]{2,}ed\s+\p{Ll}")]
    private static partial Regex OpeningPastTense();

    // "Ann Lee to send …", "AB and CD will draft …": one to four capitalised words or initials, then the task.
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}'’.-]*,?\s+(?:and\s+|&\s+)?){1,4}(?:to|will)\s+\p{Ll}")]
    private static partial Regex TaskGiven();

    // A clock time ("6:30", "6:30pm", "7 p.m."; a dotted time only with am/pm, so "4.15 Finance" stays) or a range of two,
    // opening the heading before a capital.
    [GeneratedRegex(@"^(?:\d{1,2}:\d\d\s*(?:[apAP]\.?[mM]\.?(?![A-Za-z]))?|\d{1,2}(?:\.\d\d)?\s*[apAP]\.?[mM]\.?(?![A-Za-z]))(?:\s*[-–—]+\s*(?:\d{1,2}:\d\d\s*(?:[apAP]\.?[mM]\.?(?![A-Za-z]))?|\d{1,2}(?:\.\d\d)?\s*[apAP]\.?[mM]\.?(?![A-Za-z]))?)?\s*(?=\p{Lu})")]
    private static partial Regex LeadingTiming();

    // A bracketed or dashed clock time that ends the heading or is followed by a note (";", ",") or a new sentence.
    [GeneratedRegex(@"\s*(?:\((?:at\s+)?(?<t>\d[\d:.\sapmAPM–-]{0,18})\)|\s[-–—]\s*(?:at\s+)?(?<t>\d{1,2}(?:[:.]\d\d)?\s*[apAP]\.?[mM]\.?|\d{1,2}:\d\d))(?=\s*$|\s*[;,]|\s+\p{Lu})")]
    private static partial Regex Timing();

    // "re:" / "Re:" (regarding) and "cf.:"-like abbreviations introduce a subject; their colon does not end a heading.
    [GeneratedRegex(@"(?<!\b(?:re|Re|RE|cf\.?|Cf\.?|viz\.?|attn|Attn))\s*(?::|\s[-–—]\s)\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\b(?:was|were|is|are|has|had|have|deferred|agreed|approved|noted|received|accepted|adopted|resolved|confirmed|signed|discussed|reported|postponed|carried|given|made|held|taken|none)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProseVerb();

    // A sentence ends at ". " followed by a capital, not after an initial or a common abbreviation.
    [GeneratedRegex(@"(?<!\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Cllr|St|No|Co|Ltd|etc|e\.g|i\.e|vs))[.!?](?=\s+[A-Z""'‘“(]|\s*$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s*\{[^{}]{1,20}\}|(?<=\w)\[\d{1,3}\]")]
    private static partial Regex ExternalMarker();

    [GeneratedRegex(@"^(?:\*{1,2}|_{1,2})(?=\S)|(?<=\S)(?:\*{1,2}|_{1,2})$")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"^(?:no|none|nil|nothing)\b(?:\s+(?:report|questions?|update|items?|comments?|to report))?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusRemark();

    [GeneratedRegex(@"(?<=\S)\s+(?:[a-h]|i{1,3}|iv)[.)]\s+(?=[A-Z])")]
    private static partial Regex EmbeddedSubLabel();

    [GeneratedRegex(@"^(?:Resolution|Ordinance|Bill|By-?law|Bylaw|Motion|Proclamation|Contract|Case|Application|Petition)\s+(?:No\.?\s*)?\d[\d/.-]*[A-Za-z]?$", RegexOptions.IgnoreCase)]
    private static partial Regex PaperReference();

    [GeneratedRegex(@"\s+(?:N/A|n/a)\.?$")]
    private static partial Regex TrailingNa();
}
