using System.Text.RegularExpressions;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Attendance;
using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Text;

namespace MinutesIngest.Core.Parsing.Items;

/// <summary>
/// Finds numbered items in reading order. A sequence check keeps numbered lists inside an item's text
/// (a restart after a colon, nested auto-numbered answers) and stray numbers out.
/// </summary>
public sealed partial class ItemParser
{
    /// <summary>The items, each with the line (and character offset in it) where it starts.</summary>
    // Minutes number their items from the first; a lone number elsewhere ("3.0.1 release", a "0" in a figure) is a version,
    // a clause or an amount, not an agenda. Running minute numbers ("23/045", "Minute 45") may stand alone.
    private static bool StandsAlone(IReadOnlyList<DocLine> lines, FoundItem item)
    {
        var line = lines[item.Line];
        var scheme = NumberedLineReader.Read(line.Text, line.Number)?.Scheme;
        if (scheme is NumberScheme.Slash or NumberScheme.Reference or NumberScheme.Labelled) return true;
        var top = item.Item.Number.Split('.', '-', ' ')[0].TrimStart('0');
        return top is "1" or "A" or "a" or "I" or "i";
    }

    public IReadOnlyList<FoundItem> Parse(IReadOnlyList<DocLine> lines, IReadOnlySet<int>? skipBlocks = null, IReadOnlySet<int>? skipLines = null)
    {
        var found = new List<FoundItem>();
        var agenda = new List<FoundItem>();
        var state = new SequenceState();
        var notItems = ListsThatAreNotItems(lines);
        var outlineNotes = IsNumberedOutline(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // Annexes printed after the minutes (the agenda again, lists of participants) number no items of the meeting.
            if (found.Count > 0 && AppendixHeading.Is(line)) break;
            if (line.IsMargin || skipBlocks?.Contains(line.Block) == true || skipLines?.Contains(i) == true || notItems.Contains(i)) continue;
            // Bullets are never items, whatever their text starts with.
            if (line.Origin == LineOrigin.ListItem && line.Number == null) continue;
            // A list typed inside a table cell, below the cell's first line, is that cell's text (steps, options), not items.
            if (line.Row >= 0 && line.Number == null && i > 0 && lines[i - 1] is var above
                && above.Block == line.Block && above.Row == line.Row && above.Column == line.Column) continue;
            var offset = 0;
            var text = line.Text;
            var label = line.Number;
            var atLineStart = true;
            while (text.Length > 0)
            {
                var eligible = !atLineStart || line.StartsBlock || label != null || line.Origin is LineOrigin.Paragraph or LineOrigin.TableCell;
                var accepted = eligible ? TryAccept(lines, i, text, label, state, found, agenda, outlineNotes, embeddedAt: !atLineStart) : null;
                if (!atLineStart && accepted == null) break;
                var restStart = accepted == null ? 0 : text.Length - accepted.Rest.Length;
                // Minutes crammed into one paragraph: the next item's number can sit inside this line.
                var embedded = state.FindEmbedded(text, restStart, requireSentenceEnd: accepted == null);
                if (accepted != null)
                {
                    var rest = (embedded < 0 ? text[restStart..] : text[restStart..embedded]).Trim();
                    var next = i + 1 < lines.Count && embedded < 0 ? lines[i + 1].Text : null;
                    // A title that wraps onto the next line of its block continues in lower case.
                    if (rest.Length > 0 && next != null && !lines[i + 1].StartsBlock && lines[i + 1].Block == line.Block
                        && char.IsLower(next[0]) && !rest.EndsWith('.') && !rest.EndsWith(':') && WrapFits(rest, next))
                        rest = rest + " " + next;
                    var title = ItemTitle.From(rest, rest.Length == 0 ? next : null);
                    found[^1] = found[^1] with { Item = found[^1].Item with { Title = title }, Offset = offset };
                    state.FirstTitle ??= title;
                }
                if (embedded < 0) break;
                offset += embedded;
                text = text[embedded..];
                label = null;
                atLineStart = false;
            }
        }
        found = WithAgendaOnlyEntries(agenda, found);
        if (found.Count == 1 && !StandsAlone(lines, found[0])) found.Clear();
        // "I. Lee reported …": a capital I with a full stop is a person's initial far more often than a first item that no
        // "II." ever follows.
        if (found.Count > 0 && found.All(f => f.Item.Number is { Length: > 0 } n && n.All(c => c is 'I' or '.'))
            && !found.Any(f => f.Item.Number!.Contains("II", StringComparison.Ordinal))) found.Clear();
        return found.Select((f, k) => f with { Item = f.Item with { Text = Body(lines, f.Line, k + 1 < found.Count ? found[k + 1].Line : lines.Count) } }).ToList();
    }

    private static NumberedLine? TryAccept(IReadOnlyList<DocLine> lines, int i, string text, string? label, SequenceState state,
        List<FoundItem> found, List<FoundItem> agenda, bool outlineNotes, bool embeddedAt = false)
    {
        var line = lines[i];
        var numbered = NumberedLineReader.Read(text, label);
        if (numbered == null) return null;
        if (outlineNotes && IsLowerCaseSubLabel(numbered)) return null;
        // Numbers typed into prose start a title, not a sentence running on in lower case ("3.1 release is planned").
        // A heading keeps a title that starts in lower case ("5 open.data portal").
        if (label == null && numbered.Rest.Length > 0 && char.IsLower(numbered.Rest[0]) && line.Origin != LineOrigin.Heading) return null;
        // Entries numbered under an item that reviews actions are those actions, not sub-items.
        // Under an agenda's "Action Items" (business to be voted on) an entry that minutes a vote is a sub-item, and so are its siblings.
        if (numbered.Scheme is NumberScheme.Letter or NumberScheme.Roman && found.Count > 0 && ReviewsActions(found[^1].Item.Title)
            && !(ActionMarkers.IsBusinessCategory(found[^1].Item.Title ?? "") && MeetingVocabulary.RecordsBusinessDone(numbered.Rest))) return null;
        if (numbered.Rest.Length == 0 && i + 1 >= lines.Count) return null;
        var number = state.Accept(numbered, embeddedAt ? line with { StartsBlock = true } : line, embeddedAt ? null : PreviousText(lines, i), i, lines);
        if (number == null) return null;
        if (state.AgendaRestart)
        {
            agenda.Clear();
            agenda.AddRange(found.Where(f => f.Line <= state.AgendaEnd));
            found.Clear();
            state.AgendaRestart = false;
            state.FirstTitle = null;
        }
        found.Add(new FoundItem(new AgendaItem { Number = number, Title = null }, i, 0));
        return numbered;
    }

    // A numbered agenda whose entries come back as sections is counted at the sections; an agenda entry that never
    // comes back still counts, where the agenda lists it.
    private static List<FoundItem> WithAgendaOnlyEntries(List<FoundItem> agenda, List<FoundItem> sections)
    {
        if (agenda.Count == 0) return sections;
        var returned = sections.Select(f => Key(f.Item.Number)).ToHashSet();
        return agenda.Where(a => !returned.Contains(Key(a.Item.Number))).Concat(sections).OrderBy(f => f.Line).ThenBy(f => f.Offset).ToList();
    }

    private static string Key(string? number) => (number ?? "").TrimEnd('.').Replace(" ", "").ToLowerInvariant();

    // A heading wraps within 20 words; a sentence standing as the title (a numbered motion) may wrap further.
    private static bool WrapFits(string rest, string next)
    {
        var first = rest.Split(' ').Length;
        var total = first + next.Split(' ').Length;
        return total <= 20 || (first >= 8 && total <= 45);
    }

    // A numbered list directly under a label that names its entries as people ("Meeting attendees") or as actions
    // ("Actions", "Next steps") is a roll or an action list, not items: its entries are names or tasks.
    private static HashSet<int> ListsThatAreNotItems(IReadOnlyList<DocLine> lines)
    {
        var result = new HashSet<int>();
        int? rollNext = null;
        for (var i = 1; i < lines.Count; i++)
        {
            // A roll numbered in its text (a PDF's "PRESENT", then "1. Ann Lee   Chair") under a label standing alone.
            // Column headings set apart from the roll ("S.No Name", "Designation") may stand between the label and it.
            var labelLine = i - 1;
            while (labelLine > 0 && i - labelLine <= AttendanceLabels.MaxDetachedHeadings && AttendanceLabels.IsColumnHeadings(lines[labelLine].Text)) labelLine--;
            if (!result.Contains(labelLine) && lines[i].Number == null && !AttendanceLabels.IsColumnHeadings(lines[i].Text)
                && AttendanceLabels.Match(lines[labelLine].Text, lines[labelLine].Origin == LineOrigin.Heading) is { Text.Length: 0 })
                result.UnionWith(NumberedPeopleList.RollAfter(lines, labelLine));
            if (lines[i].Number == null || lines[i - 1].Number != null) continue;
            var label = lines[i - 1].Text.Trim();
            var run = Enumerable.Range(i, lines.Count - i).TakeWhile(j => lines[j].Number != null || !lines[j].StartsBlock).ToList();
            var entries = run.Where(j => lines[j].Number != null).ToList();
            var rollLabel = IsRollLabel(label, lines[i - 1].Origin == LineOrigin.Heading);
            // "Apologies" over "16. Ann Lee": a roll whose numbering runs on under the next group label goes on being the roll.
            var continuesRoll = rollLabel && rollNext is { } next && ListNumber(lines[i]) == next;
            if (entries.Count < 2 && !continuesRoll) continue;
            // A name typed oddly ("Ann.B. Lee") among the others does not make the roll a list of items.
            var roll = rollLabel
                && entries.All(j => lines[j].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxRollEntryWords)
                && (continuesRoll || entries.Count(j => IsRollEntry(lines[j].Text)) >= entries.Count * RollShare);
            rollNext = roll && ListNumber(lines[entries[^1]]) is { } lastNumber ? lastNumber + 1 : null;
            // "Which option do we take?" over "1. …", "2. …": a numbered list under a question lists its options, not items.
            if (roll || ActionListLabel().IsMatch(label) || label.EndsWith('?')) result.UnionWith(run);
        }
        return result;
    }

    /// <summary>Lists of numeral points under lettered points in more places than this make the notes an outline.</summary>
    private const int OutlineNumeralRuns = 2;

    /// <summary>
    /// Notes exported from an outline editor number every bullet level (1., a., i.): when, below the first numbered item,
    /// lower-case roman points sit under lower-case lettered points and almost no paragraph is left unnumbered, the
    /// lettered and roman levels are the discussion points of each item, not sub-items (sub-headings have prose below them).
    /// </summary>
    private static bool IsNumberedOutline(IReadOnlyList<DocLine> lines)
    {
        var started = false;
        var underLetter = false;
        int labelled = 0, prose = 0, numeralRuns = 0;
        foreach (var line in lines)
        {
            if (!line.StartsBlock || line.Row >= 0 || line.Origin == LineOrigin.Heading || line.IsMargin) continue;
            if (line.Origin == LineOrigin.ListItem && line.Number == null) continue;
            var n = NumberedLineReader.Read(line.Text, line.Number);
            if (!started && n?.Scheme != NumberScheme.Decimal) continue;
            started = true;
            if (n == null) { prose++; continue; }
            labelled++;
            if (n.Scheme == NumberScheme.Decimal) underLetter = false;
            else if (n.Scheme == NumberScheme.Letter && IsLowerCaseSubLabel(n)) underLetter = true;
            else if (underLetter && IsLowerCaseSubLabel(n) && n.Number.Trim('.', '(', ')') == "i") numeralRuns++;
        }
        return numeralRuns >= OutlineNumeralRuns && prose * 10 < labelled;
    }

    // "a.", "iv.": a lower-case letter or numeral label, the levels an outline editor puts under "1.".
    private static bool IsLowerCaseSubLabel(NumberedLine n) =>
        n.Scheme is not (NumberScheme.Decimal or NumberScheme.Slash or NumberScheme.Labelled or NumberScheme.Reference or NumberScheme.Compound)
        && n.Number.Any(char.IsLetter) && !n.Number.Any(char.IsUpper) && !n.Number.Any(char.IsDigit);

    // "Ann Lee", "Ann Lee - Chairperson", "Ann b. Lee": a name of two to four words, with the office it holds after a dash or in
    // brackets, as rolls write each person.
    private static bool IsRollEntry(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words is < 2 or > MaxRollEntryWords) return false;
        if (words <= 4 && Attendance.PersonNames.LooksLikeName(text)) return true;
        return Attendance.PersonEntryParser.ParseLine(text) is { } e && Attendance.PersonNames.CoreTokens(e.Name).Count is >= 2 and <= 4
            && (Attendance.PersonNames.LooksLikeName(e.Name) || Attendance.CarelessCaseName.Read(e.Name) != null);
    }

    /// <summary>The most words of one entry of a numbered roll, the office after the name included ("Ann Lee – Deputy chairperson").</summary>
    private const int MaxRollEntryWords = 8;

    /// <summary>The share of a numbered list's entries under a roll label that must read as people.</summary>
    private const double RollShare = 0.8;

    // The number a list's label gives its entry ("16." → 16); null for a label that is not a plain number.
    private static int? ListNumber(DocLine line) =>
        line.Number != null && NumberedLineReader.Read(line.Text, line.Number) is { Scheme: NumberScheme.Decimal, Parts.Count: 1 } n ? n.Parts[0] : null;

    private static bool IsRollLabel(string label, bool isHeading) =>
        AttendanceLabels.Match(label, isHeading) != null || RollWord().IsMatch(label);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:attendees|attendance|attending|present|participants|roll\s+call)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RollWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:agreed\s+)?(?:actions?(?:\s+(?:points?|items?|list|arising))?|next\s+steps|to\s+do)\s*:?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ActionListLabel();

    // A title that is itself a marked action ("b. Action item: Book the hall.") is a sibling point, not a heading over actions.
    private static bool ReviewsActions(string? title) =>
        title != null && ActionReview().IsMatch(title) && !IsMarkedAction(title);

    private static bool IsMarkedAction(string title) =>
        ActionMarkers.Inline().Match(title) is { Success: true, Index: 0 } m && !ActionMarkers.IsPlural(m.Value) && title[m.Length..].Trim().Length > 0;

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:actions\b|action\s+(?:items?|points?|log|list)\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ActionReview();

    private static string? PreviousText(IReadOnlyList<DocLine> lines, int i) => i > 0 ? lines[LeadInIndex(lines, i)].Text : null;

    // The line that introduces what stands at i: a fenced code sample between a lead-in and its list ("composed of the following
    // elements:", the sample, "1. The first element …") belongs to the lead-in.
    private static int LeadInIndex(IReadOnlyList<DocLine> lines, int i)
    {
        var j = i - 1;
        if (j < 1 || !lines[j].Text.TrimStart().StartsWith(Fence, StringComparison.Ordinal)) return i - 1;
        for (var k = j - 1; k >= 0 && j - k <= MaxSampleLines; k--)
            if (lines[k].Text.TrimStart().StartsWith(Fence, StringComparison.Ordinal)) return k > 0 ? k - 1 : i - 1;
        return i - 1;
    }

    private const string Fence = "```";
    private const int MaxSampleLines = 12;

    private static string Body(IReadOnlyList<DocLine> lines, int from, int to) =>
        string.Join("\n", lines.Skip(from).Take(to - from).Where(l => !l.IsMargin).Select(l => l.Text));

    /// <summary>The running numbering context: the current top-level number, the parent of a restarted sub-list.</summary>
    private sealed partial class SequenceState
    {
        private int _top;                 // last top-level decimal number
        private string? _lastDecimal;     // last accepted decimal item number ("6.1")
        private bool? _topDelimited;      // whether top-level numbers are written "1." rather than "1"
        private int _restartParent = -1;  // top-level number a restarted "1., 2." list hangs under
        private int _restartCount;
        private bool _restartUnderHeading; // the items are headings and the restarted list's entries are not
        private char _subLetter;          // last letter/roman sibling
        private string? _subParent;
        private int _lastItemLine = -1;
        private int _firstItemLine = -1;
        private int _itemCount;
        private bool _allCompact = true;
        private int? _firstTop;
        public bool AgendaRestart { get; set; }

        /// <summary>Title of the first item found, to recognise an agenda coming back as sections.</summary>
        public string? FirstTitle { get; set; }

        private static double TitleOverlap(string a, string b)
        {
            var ta = a.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
            var tb = b.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
            return ta.Count + tb.Count == 0 ? 0 : (double)ta.Intersect(tb).Count() / ta.Union(tb).Count();
        }

        /// <summary>
        /// Where in <paramref name="text"/> (after <paramref name="from"/>) the number the sequence expects next starts,
        /// or -1. Inside prose it must follow a sentence end.
        /// </summary>
        public int FindEmbedded(string text, int from, bool requireSentenceEnd)
        {
            if (_top == 0) return -1;
            foreach (System.Text.RegularExpressions.Match m in EmbeddedNumber().Matches(text, Math.Min(from, text.Length)))
            {
                if (m.Index == 0) continue;
                var before = text[..m.Index].TrimEnd();
                if (requireSentenceEnd && !(before.EndsWith('.') || before.EndsWith(':') || before.EndsWith('!') || before.EndsWith('?'))) continue;
                // Only the number and a little of what follows matter; a window keeps huge one-line documents linear.
                var n = NumberedLineReader.Read(text.Substring(m.Index, Math.Min(160, text.Length - m.Index)));
                if (n != null && IsExpected(n)) return m.Index;
            }
            return -1;
        }

        private bool IsExpected(NumberedLine n)
        {
            if (n.Scheme == NumberScheme.Decimal)
            {
                var parts = n.Parts;
                if (parts.Count == 1) return n.HasDelimiter && (parts[0] == _top + 1 || (_restartParent >= 0 && parts[0] == _restartCount + 1));
                var last = (_lastDecimal ?? "").Split('.').Select(x => int.TryParse(x, out var v) ? v : -1).ToArray();
                if (parts.Count == last.Length + 1 && parts[^1] == 1 && parts.Take(last.Length).SequenceEqual(last)) return true;
                for (var depth = Math.Min(parts.Count, last.Length); depth >= 2; depth--)
                    if (parts.Count == depth && parts.Take(depth - 1).SequenceEqual(last.Take(depth - 1)) && parts[depth - 1] == last[depth - 1] + 1) return true;
                return parts[0] == _top + 1 && parts.Skip(1).All(p => p == 1);
            }
            if (n.Scheme is NumberScheme.Roman or NumberScheme.Letter)
            {
                var lower = n.Number.ToLowerInvariant();
                if (_subLetter == '\0') return lower is "i" or "a";
                if (_subLetter == 'r') return RomanValue(lower) == _romanCount + 1;
                return lower.Length == 1 && lower[0] == _subLetter + 1;
            }
            return false;
        }

        [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\s)(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|[ivx]{1,4}\.|[a-h][.)])\s+(?=[A-Z0-9£""'‘“(])")]
        private static partial System.Text.RegularExpressions.Regex EmbeddedNumber();

        public string? Accept(NumberedLine n, DocLine line, string? previous, int lineIndex, IReadOnlyList<DocLine> lines)
        {
            var result = AcceptCore(n, line, previous, lineIndex, lines);
            if (result != null)
            {
                if (_lastItemLine >= 0 && lineIndex - _lastItemLine > 2 && !OnlyListEntriesBetween(_lastItemLine, lineIndex, lines)) _allCompact = false;
                _lastItemLine = lineIndex;
                if (_itemCount == 0) _firstItemLine = lineIndex;
                _itemCount++;
            }
            return result;
        }

        private IReadOnlyList<DocLine> _lines = [];

        // "as follows:", "the following:-": a lead-in whose list belongs to the item's text.
        private int _pointList;

        private static bool IsMinuteParagraph(string rest) => rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 10;

        // A sentence, not a label: "Her notes were as follows:" has several words in lower case, "Matters discussed:" has not.
        private static bool IsProseLeadIn(string text) =>
            text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is var words && words.Length >= 5 && words.Count(w => char.IsLower(w[0])) >= 3;

        // "subject to the following conditions:" over "1. the roof line is kept;" … "3. no lights face the lane.": clauses of one
        // sentence, each opened in lower case and closed by a semicolon (the last by a full stop), are the item's text.
        private static bool IsClause(string rest, int lineIndex, IReadOnlyList<DocLine> lines)
        {
            var t = rest.TrimEnd();
            if (t.Length == 0 || !char.IsLower(t[0])) return false;
            if (ClauseEnd().IsMatch(t)) return true;
            return t.EndsWith('.') && lineIndex > 0 && ClauseEnd().IsMatch(lines[lineIndex - 1].Text.TrimEnd());
        }

        [GeneratedRegex(@"(?:;|;\s*(?:and|or)|,\s*(?:and|or))$")]
        private static partial Regex ClauseEnd();

        [GeneratedRegex(@"^summary\s+of\s+(?:the\s+)?(?:new\s+)?(?:action\s+items|actions|resolutions|decisions)\s*:?$", RegexOptions.IgnoreCase)]
        private static partial Regex ClosingSummary();

        private static bool IsSentence(string rest) =>
            rest.TrimEnd().EndsWith('.') && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 6;

        private static bool IntroducesList(string previous)
        {
            var t = previous.TrimEnd();
            return t.EndsWith(':') || t.EndsWith(":-") || t.EndsWith(":–");
        }

        // "07.24.08" then "05.24.09": a heading whose leading part is mistyped but whose last part continues the numbering.
        private bool ContinuesLastPart(IReadOnlyList<int> parts)
        {
            var last = _lastDecimal == null ? null : ItemLabelGrammar.DecimalParts(_lastDecimal);
            return last != null && last.Length == parts.Count && parts[^1] == last[^1] + 1;
        }

        private string? _restartParentLabel;  // the number a restarted list hangs under: "4", or "4.b" under a lettered sub-heading

        // Sub-entries of a numbered agenda (rendered list entries) keep it compact even when they are not items.
        private static bool OnlyListEntriesBetween(int from, int to, IReadOnlyList<DocLine> lines)
        {
            for (var k = from + 1; k < to; k++)
                if (lines[k].Number == null) return false;
            return true;
        }

        private readonly List<string> _verbatim = [];
        private int _verbatimRun;
        private int _verbatimLastLine = -1;
        private int _verbatimLastRunLine = -1;

        /// <summary>The last line of the numbered agenda, when the sections have restarted its numbering.</summary>
        public int AgendaEnd { get; private set; } = int.MaxValue;

        // Minute references are kept as printed. The first reference coming back after a compact run is the numbered
        // agenda coming back as sections.
        private string? AcceptVerbatim(NumberedLine n, int lineIndex)
        {
            _restartParent = -1;
            var key = Key(n.Number);
            if (_verbatimRun >= 3 && key == _verbatim[0] && !_verbatim.Skip(1).Contains(key))
            {
                AgendaRestart = true;
                AgendaEnd = _verbatimLastRunLine;
                _itemCount = 0;
                _verbatim.Clear();
                _verbatimRun = 0;
            }
            if (_verbatim.Count == 0 || (_verbatimRun == _verbatim.Count && lineIndex - _verbatimLastLine <= 2))
            {
                _verbatimRun++;
                _verbatimLastRunLine = lineIndex;
            }
            _verbatim.Add(key);
            _verbatimLastLine = lineIndex;
            return n.Number;
        }

        // "4C", "1-A": a part of the current item, so a name such as "3D Printing Club" opening a sentence is not an item.
        private string? AcceptCompound(NumberedLine n)
        {
            var head = int.Parse(new string(n.Number.TakeWhile(char.IsDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
            if (!(_top == 0 ? head == 1 : head == _top)) return null;
            _top = head;
            _firstTop ??= head;
            _lastDecimal = n.Number;
            _subLetter = '\0';
            _subParent = null;
            _restartParent = -1;
            return n.Number;
        }

        private string? AcceptCore(NumberedLine n, DocLine line, string? previous, int lineIndex, IReadOnlyList<DocLine> lines)
        {
            _lines = lines;
            if (_appendedAgenda) return null;
            // A heading ending in a colon printed like the one the numbering began under ("Agenda:" … "Matters discussed:") opens
            // a section of its own, not a list inside the last item.
            var inTextList = previous != null && IntroducesList(previous) && line.Number == null && _lastItemLine != lineIndex - 1
                && !(n.Scheme == NumberScheme.Decimal && lines[lineIndex - 1].Origin == LineOrigin.Heading && RestartsUnderSectionHeading(lineIndex, lines));
            if (n.Scheme is NumberScheme.Decimal or NumberScheme.Letter or NumberScheme.Roman && IsClause(n.Rest, lineIndex, lines)) return null;
            // "7. Summary of action items": minute-taking tools close the record with what it decided and assigned, which is
            // no business of the meeting.
            if (ClosingSummary().IsMatch(n.Rest.Trim())) return null;
            // "1. ACTION: Ann to book the hall" over "2. ACTION: Bob to …", each as the minutes gave it where it was taken: a numbered
            // list summing up the actions numbers no items.
            if (ActionMarkers.OpensWithLabel(n.Rest) && (NeighbourOpensWithActionLabel(lines, lineIndex, -1) || NeighbourOpensWithActionLabel(lines, lineIndex, 1))
                && StatedElsewhere(lines, n.Rest)) return null;
            switch (n.Scheme)
            {
                case NumberScheme.Slash:
                case NumberScheme.Labelled:
                case NumberScheme.Reference:
                    return AcceptVerbatim(n, lineIndex);
                case NumberScheme.Compound:
                    return AcceptCompound(n);
                case NumberScheme.Decimal:
                    return AcceptDecimal(n, line, inTextList, lineIndex, lines);
                default:
                    return AcceptLetter(n, line, inTextList);
            }
        }

        private string? AcceptDecimal(NumberedLine n, DocLine line, bool inTextList, int lineIndex, IReadOnlyList<DocLine> lines)
        {
            var parts = n.Parts;
            if (lineIndex <= _innerListEnd && parts.Count == 1) return null;
            // Nested auto-numbered answers ("1." at level 2 of a Word list) are discussion points, not items.
            if (line.Origin == LineOrigin.ListItem && line.Level > 0 && parts.Count == 1 && _top > 0) return null;
            if (parts.Count > 1)
            {
                if (_top != 0 && (parts[0] < _top || parts[0] > _top + 5))
                {
                    // A number printed with a typo is kept as printed.
                    if (line.Origin != LineOrigin.Heading || !ContinuesLastPart(parts)) return null;
                    _lastDecimal = n.Number;
                    return n.Number;
                }
                if (parts[0] > 200) return null;
                // A new item is entered by its first parts ("5.1"); a paragraph opening with "5.100." past the current item
                // cites a clause of a code or policy.
                if (_top != 0 && parts[0] > _top && line.Origin != LineOrigin.Heading && parts.Skip(1).Any(p => p > MaxFirstSubPart)) return null;
                _top = parts[0];
                _restartParent = -1;
                LeaveLetteredSections();
                _lastDecimal = n.Number;
                _subLetter = '\0';
                return n.Number;
            }
            var value = parts[0];
            if (_top == 0)
            {
                // "IV. Reports", "B. Committees", "1. Finance": the classic outline numbers a lettered part's own parts ("IV.B.1").
                // The list must open right under the lettered heading, its first entry a minute paragraph ("1. Call team – Ann
                // reported that …"): one that a sentence introduces, or notes of a few words ("1. Tuesdays at 11 am"), are the part's text.
                if (_topRoman > 0 && _subLetter is not '\0' and not 'r' && _subLetterLabel != null && _subParent != null && line.StartsBlock && !inTextList
                    && (value > 1 || (lineIndex == _subLetterLine + 1 && IsMinuteParagraph(n.Rest))) && !(line.Origin == LineOrigin.ListItem && line.Level > 0))
                {
                    if (value == 1) _outlineParent = ItemLabelGrammar.ChildNumber(_subParent, _subLetterLabel);
                    else if (_outlineParent == null || value != _outlineCount + 1) return null;
                    _outlineCount = value;
                    return ItemLabelGrammar.ChildNumber(_outlineParent, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                // Under a roman item ("IV. Policies"), a decimal list that the next roman numeral ("V.") follows is that item's
                // text: a list of proposals or changes, not the minutes' numbering.
                if (_topRoman > 0 && NextTopRomanIs(_topRoman + 1, lineIndex)) return null;
                // Under minute references, a list introduced by a colon ("the aims agreed: 1) … 2) …") is the item's text.
                if (_itemCount > 0 && (inTextList || (_textList > 0 && value == _textList + 1))) { _textList = value; return null; }
                // "Her notes were as follows:" over "1) She noted that …": points a sentence introduces, each a sentence of its own,
                // are what was said, not the minutes' numbering.
                if ((inTextList && value == 1 && IsProseLeadIn(lines[LeadInIndex(lines, lineIndex)].Text) && IsSentence(n.Rest)) || (_pointList > 0 && value == _pointList + 1 && IsSentence(n.Rest)))
                {
                    _pointList = value;
                    return null;
                }
                // A high first number opens the minutes only as a running minute number that the next one continues ("456.", "457.").
                if (value > 30 && NextTopDecimal(lineIndex, lines) != value + 1) return null;
                if (value > 1 && !n.HasDelimiter && NumberingStartsBelow(lineIndex, lines)) return null;
                Top(value, n);
                _numberingStart = lineIndex;
                return n.Number;
            }
            // A section heading ends a restarted sub-list: the "1" under it is read below as the section's own numbering.
            if (_restartParent >= 0 && value == 1 && !inTextList && line.StartsBlock && RestartsUnderSectionHeading(lineIndex, lines)) _restartParent = -1;
            if (_restartParent >= 0)
            {
                // "3." after "2.1", "2.2" under the heading "2. Proceedings" may go on with either numbering: printed like the
                // sub-list's entries rather than like the headings that number the items, it goes on with the sub-list.
                if (value == _restartCount + 1 && !(value == _restartParent + 1 && !NextRepeats(value, lineIndex, lines)
                                                    && !(_restartUnderHeading && line.Origin != LineOrigin.Heading)))
                {
                    _restartCount = value;
                    _lastDecimal = ItemLabelGrammar.ChildNumber(_restartParentLabel!, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    return _lastDecimal;
                }
                if (value > _restartParent && value <= _restartParent + 5) { _restartParent = -1; Top(value, n); return n.Number; }
                return null;
            }
            // A numbered list inside an item's text ("considered: 1. … 2. …") goes on until its numbering stops; past the next
            // item's number too when the items are headings and its entries are not.
            if (_textList > 0 && value == _textList + 1 && (value != _top + 1 || ReappearsLater(value, lineIndex, lines)
                || (line.Origin != LineOrigin.Heading && _lastItemLine >= 0 && lines[_lastItemLine].Origin == LineOrigin.Heading)))
            {
                _textList = value;
                return null;
            }
            _textList = 0;
            if (value > _top && value <= _top + 5) { Top(value, n); return n.Number; }
            // Items skipped in the minutes (taken in another session, withdrawn) leave a wider gap; a heading set like the
            // last item's still continues the numbering.
            if (value > _top && value <= _top + MaxHeadingGap && IsHeadingLikeLastItem(line, lines)) { Top(value, n); return n.Number; }
            // A number printed twice is kept twice, but a stray repeat directly under its item is part of it.
            if (value == _top && line.StartsBlock && n.HasDelimiter == (_topDelimited ?? n.HasDelimiter) && n.Rest.Length > 0 && IsHeadingLike(n.Rest)
                && (lineIndex - _lastItemLine > 1 || _lastDecimal != _top.ToString()))
                return n.Number;
                // Several meetings' minutes in one file (a running log, each meeting under its own date line or heading) number
                // each meeting's points from 1 again, as the first meeting did: kept as printed, like a restart under a section heading.
                if (value == 1 && _top >= 1 && RestartsUnderMeetingHeader(lineIndex, lines))
                {
                    _restartParent = -1;
                    Top(1, n);
                    _numberingStart = lineIndex;
                    return n.Number;
                }
            if (value == 1 && inTextList) { _textList = 1; return null; }
            if (value == 1 && _top >= 1 && !inTextList && line.StartsBlock && n.HasDelimiter == (_topDelimited ?? true))
            {
                // A numbered agenda at the top coming back as sections: count the sections only. The sections may word their
                // business otherwise ("Appointment of the chair" minuted as "Ann Lee was appointed chair") when the list they
                // restart stood under an "Agenda" label and no heading comes between.
                if (_allCompact && _itemCount >= 3 && _firstTop == 1 && FirstTitle != null
                    && (TitleOverlap(ItemTitle.From(n.Rest, null) ?? "", FirstTitle) >= 0.5
                        || (ListedUnderAgendaLabel(lines, _firstItemLine) && !HeadingBetween(lines, _lastItemLine, lineIndex))))
                {
                    AgendaRestart = true;
                    AgendaEnd = _lastItemLine;
                    _allCompact = true;
                    _itemCount = 0;
                    Top(1, n);
                    return n.Number;
                }
                // The agenda printed again after the minutes (under its own "Agenda" heading, or opening with the first
                // item's title) restarts at 1 but numbers nothing new: it and everything after it are not items.
                if (_itemCount >= 3 && (UnderAgendaHeading(lines, lineIndex) || RepeatsFirstTitle(n)))
                {
                    _appendedAgenda = true;
                    return null;
                }
                // Numbering that restarts under an unnumbered section heading printed like the one it began under
                // ("Old Business" 1) 2) … "New Business" 1) 2) …) numbers that section's items, kept as printed.
                if (RestartsUnderSectionHeading(lineIndex, lines))
                {
                    _restartParent = -1;
                    Top(1, n);
                    _numberingStart = lineIndex;
                    return n.Number;
                }
                // A list that counts past the next item's number, after which the items go on, is this item's text
                // (public comments, letters received, speakers): neither items nor sub-items.
                if (RestartedRun.Read(lines, lineIndex) is var run && run.IsInsideItem(_top))
                {
                    _innerListEnd = run.LastLine;
                    return null;
                }
                // A numbered list of people (officers elected, members appointed) counts people, not sub-items.
                if (NumberedPeopleList.LastLine(lines, lineIndex) is >= 0 and var peopleEnd)
                {
                    _innerListEnd = peopleEnd;
                    return null;
                }
                _restartParent = _top;
                _restartCount = 1;
                _restartUnderHeading = _lastItemLine >= 0 && lines[_lastItemLine].Origin == LineOrigin.Heading && line.Origin != LineOrigin.Heading;
                // Under a lettered sub-heading ("b. Premises") the restarted list numbers that sub-heading's parts ("4.b.1").
                _restartParentLabel = _subLetter is not '\0' and not 'r' && _subLetterLabel != null && _subParent != null
                    ? ItemLabelGrammar.ChildNumber(_subParent, _subLetterLabel)
                    : _sectionLetter ?? _top.ToString(System.Globalization.CultureInfo.InvariantCulture);
                _lastDecimal = ItemLabelGrammar.ChildNumber(_restartParentLabel, "1");
                return _lastDecimal;
            }
            return null;
        }

        private const int MaxHeadingGap = 12;

        /// <summary>The highest sub-number by which a paragraph may open an item not yet begun.</summary>
        private const int MaxFirstSubPart = 20;

        // A bare number above the items ("13 Hill Road" as the venue, "12 members present") is not where the numbering
        // starts when the first numbered line below it is "1" followed by "2": the items start there.
        private static bool NumberingStartsBelow(int lineIndex, IReadOnlyList<DocLine> lines)
        {
            var expected = 1;
            for (var j = lineIndex + 1; j < lines.Count && expected <= 2; j++)
            {
                if (!lines[j].StartsBlock) continue;
                var next = NumberedLineReader.Read(lines[j].Text, lines[j].Number);
                if (next is not { Scheme: NumberScheme.Decimal } || next.Parts.Count != 1) continue;
                if (next.Parts[0] != expected) return false;
                expected++;
            }
            return expected > 2;
        }

        private bool IsHeadingLikeLastItem(DocLine line, IReadOnlyList<DocLine> lines) =>
            line.Origin == LineOrigin.Heading && _lastItemLine >= 0 && _lastItemLine < lines.Count
            && lines[_lastItemLine] is { Origin: LineOrigin.Heading } last && last.Level == line.Level;

        private int _textList;
        private bool _appendedAgenda;
        private int _innerListEnd = -1;    // last line of a numbered list inside an item
        private int _numberingStart = -1;  // line of the "1" the current top-level numbering began with

        // The heading above this "1" is set apart from the last item and printed like the heading the numbering began under.
        private bool RestartsUnderSectionHeading(int lineIndex, IReadOnlyList<DocLine> lines) =>
            lineIndex > 0 && _numberingStart > 0
            // A heading right under the last item usually opens its parts; between two rendered lists it is the next section's.
            // Two markup headings of one level are peers wherever they stand.
            && (lineIndex - 1 > _lastItemLine + 1 || (lines[lineIndex].Origin == LineOrigin.ListItem && _lastItemLine >= 0 && lines[_lastItemLine].Origin == LineOrigin.ListItem)
                || (lines[lineIndex - 1].Origin == LineOrigin.Heading && lines[_numberingStart - 1].Origin == LineOrigin.Heading))
            && SectionHeading.Is(lines[lineIndex - 1]) && SectionHeading.Is(lines[_numberingStart - 1])
            && SectionHeading.AreAlike(lines[_numberingStart - 1], lines[lineIndex - 1]);

        // Both this "1" and the "1" the numbering began with stand a few lines under their meeting's own heading: a line that
        // is only a date, or the same record heading ("Minutes of meeting", "Team notes – week 2") printed again.
        private bool RestartsUnderMeetingHeader(int lineIndex, IReadOnlyList<DocLine> lines)
        {
            if (_numberingStart < 0 || _lastItemLine >= lineIndex) return false;
            var first = MeetingHeadersAbove(_numberingStart, lines, -1).ToList();
            return first.Count > 0 && MeetingHeadersAbove(lineIndex, lines, _lastItemLine).Any(h => first.Contains(h));
        }

        /// <summary>How many lines a meeting's heading may stand above its first point (a title, a table of when and where between).</summary>
        private const int MaxLinesUnderHeader = 12;

        // The meeting headings above a line, each as a key two meetings' headings share: "date" for a date line, else the record
        // heading's words without its numbers ("Week 2", "Meeting 3" differ from meeting to meeting).
        private static IEnumerable<string> MeetingHeadersAbove(int lineIndex, IReadOnlyList<DocLine> lines, int after)
        {
            for (var j = lineIndex - 1; j > after && j >= lineIndex - MaxLinesUnderHeader; j--)
            {
                var text = lines[j].Text.Trim();
                if (DateFinder.IsDateOnly(text)) { yield return "date"; continue; }
                if (NumberedLineReader.Read(text, lines[j].Number) != null) yield break;
                if (RecordHeading().IsMatch(text) && !AgendaWord().IsMatch(text)) yield return NonWords().Replace(text.ToLowerInvariant(), " ").Trim();
            }
        }

        [System.Text.RegularExpressions.GeneratedRegex(@"^(?=.{4,80}$)(?:[\w#&()'’/.,-]+\s+){0,8}(?:minutes|notes|meeting)(?:\s+[\w#&()'’/.,-]+){0,8}\W*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
        private static partial System.Text.RegularExpressions.Regex RecordHeading();

        [System.Text.RegularExpressions.GeneratedRegex(@"[\W\d_]+")]
        private static partial System.Text.RegularExpressions.Regex NonWords();

        private static bool UnderAgendaHeading(IReadOnlyList<DocLine> lines, int lineIndex) =>
            lineIndex > 0 && !lines[lineIndex - 1].Text.Trim().EndsWith(':') && IsAgendaLabel(lines[lineIndex - 1]);

        // "Agenda", "## Agenda" or "Agenda:" standing as its own line.
        private static bool IsAgendaLabel(DocLine label)
        {
            var text = label.Text.Trim().TrimEnd(':').TrimEnd();
            return label.Number == null && NumberedLineReader.Read(text) == null
                && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8 && AgendaWord().IsMatch(text)
                && (label.Origin == LineOrigin.Heading || label.StartsBlock);
        }

        // A heading between the agenda and the restart ("Summary", "Work plan review") opens a section whose points the
        // numbering counts, with the agenda kept as the items.
        private static bool HeadingBetween(IReadOnlyList<DocLine> lines, int from, int to)
        {
            for (var j = from + 1; j < to; j++)
                if (lines[j].Origin == LineOrigin.Heading) return true;
            return false;
        }

        // "Agenda:" or "## Agenda" right above the list's first entry.
        private static bool ListedUnderAgendaLabel(IReadOnlyList<DocLine> lines, int first) => first > 0 && IsAgendaLabel(lines[first - 1]);

        // "1. Call to order" under a first item "Call to order (7:30 pm)": every word of the new title is in the first one.
        private bool RepeatsFirstTitle(NumberedLine n)
        {
            if (FirstTitle == null || ItemTitle.From(n.Rest, null) is not { } title) return false;
            var words = TitleWords(title);
            var first = TitleWords(FirstTitle).ToHashSet();
            return words.Count >= 2 && words.All(first.Contains);
        }

        private static List<string> TitleWords(string title) =>
            title.ToLowerInvariant().Split([' ', '(', ')', ',', ':', '.', '-', '–'], StringSplitOptions.RemoveEmptyEntries).ToList();

        // A "Consent Agenda" is a section of the minutes (items passed together in one vote), not an agenda printed again.
        [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\bconsent\s+)\bagenda\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
        private static partial System.Text.RegularExpressions.Regex AgendaWord();

        // The same words stand as a line of their own elsewhere in the minutes, where the action was taken.
        private bool StatedElsewhere(IReadOnlyList<DocLine> lines, string rest)
        {
            _unnumberedTexts ??= lines.Where(l => l.Number == null).Select(l => l.Text.Trim()).ToHashSet(StringComparer.Ordinal);
            return _unnumberedTexts.Contains(rest.Trim());
        }

        private HashSet<string>? _unnumberedTexts;

        // The nearest line opening a block in that direction is a numbered entry that also opens with the marker.
        private static bool NeighbourOpensWithActionLabel(IReadOnlyList<DocLine> lines, int lineIndex, int step)
        {
            for (var j = lineIndex + step; j >= 0 && j < lines.Count; j += step)
            {
                if (!lines[j].StartsBlock) continue;
                return NumberedLineReader.Read(lines[j].Text, lines[j].Number) is { } other && ActionMarkers.OpensWithLabel(other.Rest);
            }
            return false;
        }

        [GeneratedRegex(@"\b(?:motion|moves|moved|question)\b|\?\s*$", RegexOptions.IgnoreCase)]
        private static partial Regex MotionOrQuestion();

        // True when the same top-level number is printed again before the numbering moves past it.
        private static bool ReappearsLater(int value, int lineIndex, IReadOnlyList<DocLine> lines)
        {
            for (var j = lineIndex + 1; j < lines.Count; j++)
            {
                if (!lines[j].StartsBlock) continue;
                var next = NumberedLineReader.Read(lines[j].Text, lines[j].Number);
                if (next is not { Scheme: NumberScheme.Decimal } || next.Parts.Count != 1) continue;
                if (next.Parts[0] == value) return true;
                if (next.Parts[0] > value + 1) return false;
            }
            return false;
        }

        private static bool NextRepeats(int value, int lineIndex, IReadOnlyList<DocLine> lines) => NextTopDecimal(lineIndex, lines) == value;

        // The value of the next block that opens with a one-part decimal number; null when none follows.
        private static int? NextTopDecimal(int lineIndex, IReadOnlyList<DocLine> lines)
        {
            for (var j = lineIndex + 1; j < lines.Count; j++)
            {
                var next = NumberedLineReader.Read(lines[j].Text, lines[j].Number);
                if (next is { Scheme: NumberScheme.Decimal } && next.Parts.Count == 1 && lines[j].StartsBlock) return next.Parts[0];
            }
            return null;
        }

        private void Top(int value, NumberedLine n)
        {
            _top = value;
            _firstTop ??= value;
            _topDelimited ??= n.HasDelimiter;
            _lastDecimal = n.Number;
            _subLetter = '\0';
            _subParent = null;
            LeaveLetteredSections();
        }

        private int _topRoman;

        // A roman heading run may skip one numeral (a label lost on a scan or mistyped, "II." with no "I." above it),
        // but only when the numeral after it comes back at its place, so a stray "V." or "II." alone never starts a run.
        private bool NextTopRomanIs(int value, int lineIndex)
        {
            for (var j = lineIndex + 1; j < _lines.Count; j++)
            {
                if (!_lines[j].StartsBlock) continue;
                var next = NumberedLineReader.Read(_lines[j].Text, _lines[j].Number);
                if (next is not { Scheme: NumberScheme.Roman } || !next.Number.All(char.IsUpper)) continue;
                return RomanValue(next.Number.ToLowerInvariant()) == value;
            }
            return false;
        }

        private string? AcceptLetter(NumberedLine n, DocLine line, bool inTextList)
        {
            // Minutes numbered I., II., III. at the top level, with lettered sub-items ("II.A").
            if (_top == 0 && n.Scheme == NumberScheme.Roman && n.Number.All(char.IsUpper) && !inTextList
                && RomanValue(n.Number.ToLowerInvariant()) is var topValue
                && (topValue == _topRoman + 1 || (topValue == _topRoman + 2 && NextTopRomanIs(topValue + 1, line.Index)))
                && (line.Origin != LineOrigin.ListItem || line.Level == 0))
            {
                _topRoman = topValue;
                _lastDecimal = n.Number;
                _subLetter = '\0';
                _subParent = null;
                return n.Number;
            }
            // "II(a)": a roman item with its lettered part printed in one label.
            if (_top == 0 && n.Scheme == NumberScheme.Roman && n.Number.Contains('.') && !inTextList
                && RomanValue(n.Number[..n.Number.IndexOf('.')]) is var head && head > 0 && (head == _topRoman || head == _topRoman + 1))
            {
                _topRoman = head;
                return n.Number;
            }
            if (AcceptSectionLetter(n, line, inTextList) is { } sectionLetter) return sectionLetter;
            // A list introduced by a colon numbers discussion points, unless its entries are short headings (a consent agenda read out).
            if ((_sectionLetter ?? _lastDecimal) == null || (inTextList && !(IsShortHeading(n.Rest) && (_subLetter != '\0' || n.Number is "a" or "A")))) return null;
            // A nested lettered list entry is a sub-heading only when it is short and prose follows it; otherwise it numbers an answer.
            if (line.Origin == LineOrigin.ListItem && line.Level > 0 && !(line.Number?.Contains('.') == true && line.Number.TrimEnd('.').Contains('.'))
                && !(n.Rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8 && !n.Rest.EndsWith('.') && line.Row < 0
                     && line.Index + 1 < _lines.Count && (_lines[line.Index + 1].Origin != LineOrigin.ListItem || IsSiblingHeading(line, _lines[line.Index + 1])))) return null;
            var label = n.Number;
            var lower = label.ToLowerInvariant();
            var isRomanSeq = n.Scheme == NumberScheme.Roman && !(lower.Length == 1 && _subLetter != '\0' && _subLetter != 'r' && lower[0] == _subLetter + 1);
            var parent = _subParent ?? _sectionLetter ?? _lastDecimal!;
            // Roman numerals under a lettered sub-item number its parts ("2.b.i"); the next letter goes back up a level.
            if (isRomanSeq && _subLetter is not '\0' and not 'r' && _subLetterLabel != null)
            {
                if (RomanValue(lower) != _nestedRoman + 1) return null;
                // Under a lettered motion or question, paragraphs numbered i., ii. are its steps (seconded, carried) or the answers
                // given, not parts of the agenda.
                if (_subLetterLine >= 0 && line.Origin != LineOrigin.Heading && MotionOrQuestion().IsMatch(_lines[_subLetterLine].Text)) return null;
                _nestedRoman++;
                return ItemLabelGrammar.ChildNumber(ItemLabelGrammar.ChildNumber(parent, _subLetterLabel), label);
            }
            if (isRomanSeq)
            {
                var value = RomanValue(lower);
                var expected = _subLetter == 'r' ? _romanCount + 1 : 1;
                if (value != expected) return null;
                _subLetter = 'r';
                _romanCount = value;
            }
            else
            {
                var c = lower[0];
                var expected = _subLetter is '\0' or 'r' ? 'a' : (char)(_subLetter + 1);
                if (c != expected) return null;
                _subLetter = c;
                _subLetterLabel = label;
                _subLetterLine = line.Index;
                _outlineParent = null;
                _restartParent = -1;
                _nestedRoman = 0;
            }
            _subParent = parent;
            return ItemLabelGrammar.ChildNumber(parent, label);
        }

        private int _romanCount;
        private string? _subLetterLabel;
        private string? _outlineParent;   // the lettered part ("IV.B") a decimal list numbers the parts of
        private int _outlineCount;
        private int _subLetterLine = -1;
        private int _nestedRoman;

        private static bool IsShortHeading(string rest) =>
            rest.Length > 0 && char.IsUpper(rest[0]) && !rest.EndsWith('.') && !rest.EndsWith(';') && !rest.EndsWith(':')
            && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 24 && !FiniteVerb().IsMatch(rest);

        [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:is|are|was|were|has|have|had|will|would)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
        private static partial System.Text.RegularExpressions.Regex FiniteVerb();

        // A short numbered entry followed by another at its level or above is a list of sub-headings (an agenda's "a.", "b."),
        // not an answer numbered inside a paragraph.
        private static bool IsSiblingHeading(DocLine line, DocLine next) =>
            next.Number != null && next.Level <= line.Level && !next.Text.EndsWith('.') && next.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8;

        private static int RomanValue(string s) => ItemLabelGrammar.RomanValue(s);

        private static bool IsHeadingLike(string rest) => rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12;
    }
}
