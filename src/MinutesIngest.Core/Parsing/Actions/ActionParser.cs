using MinutesIngest.Core.Text;
using System.Text.RegularExpressions;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>
/// Finds explicitly marked actions: inline markers of <see cref="ActionMarkers"/> (also mid-paragraph and as blocks of
/// several lines), owner-only markers ("ACTION: MS") that take the paragraph they belong to, markers written after the
/// action ("(TODO)"), action lists under an action heading, action-log tables, and owner initials in an action margin column.
/// </summary>
public sealed partial class ActionParser
{
    /// <summary>Short actions ("Clerk to write.") recur under different items as different actions: only longer ones are compared.</summary>
    private const int RepeatMinWords = 6;

    /// <summary>A later action at least this similar (token Jaccard) to an earlier one repeats it.</summary>
    private const double RepeatOverlap = 0.7;

    /// <summary>A later action (a log row) whose words are at least this share of an earlier one's repeats it in short.</summary>
    private const double RepeatContainment = 0.8;

    // A log row may also restate a task at more length ("… email" → "… email regarding the odour"): the earlier words all recur.
    // A short action whose words recur in an action of more than twice its length (a paragraph marked whole) is one of its own.
    private static bool Repeats(IReadOnlySet<string> earlier, IReadOnlySet<string> later) =>
        TextTokens.Jaccard(earlier, later) >= RepeatOverlap || (later.Count * 2 >= earlier.Count && (double)later.Count(earlier.Contains) / later.Count >= RepeatContainment)
        || (earlier.Count >= 4 && earlier.All(later.Contains));

    public List<RawAction> Parse(SourceDocument doc, IReadOnlyList<DocLine> lines, IReadOnlyList<Items.FoundItem> items, IReadOnlyList<Minutes.Attendee>? attendance = null)
    {
        var itemStarts = items.Where(it => it.Offset > 0).GroupBy(it => it.Line).ToDictionary(g => g.Key, g => g.Select(x => x.Offset).Order().ToList());
        var actions = new List<RawAction>();
        var tableActionBlocks = new HashSet<int>();
        var lastLog = -1;
        for (var b = 0; b < doc.Blocks.Count; b++)
        {
            if (doc.Blocks[b] is not TableBlock t) continue;
            var rows = ActionTableReader.Read(t);
            // A log that runs over a page break goes on in a table without its header, close below it in the same section.
            if (rows.Count == 0 && lastLog >= 0 && b - lastLog <= ContinuationGap && !doc.Blocks.Skip(lastLog + 1).Take(b - lastLog - 1).Any(x => x is HeadingBlock or TableBlock))
                rows = ActionTableReader.ReadContinuation(t);
            // "Actions" over a table of reference, task and owner with no column headings: the heading says what the rows are.
            if (rows.Count == 0 && UnderActionHeading(doc, b)) rows = ActionTableReader.ReadContinuation(t);
            if (rows.Count == 0) continue;
            tableActionBlocks.Add(b);
            lastLog = b;
            foreach (var (a, row) in rows)
            {
                var at = lines.FirstOrDefault(l => l.Block == b && l.Row == row)?.Index ?? lines.FirstOrDefault(l => l.Block == b)?.Index ?? 0;
                actions.Add(a with { LineIndex = at });
            }
        }

        // A template's action table printed to PDF as lines under its column headings: its rows are read there only.
        var (printed, printedLines) = PrintedActionTable.Read(lines, attendance ?? []);
        actions.AddRange(printed);
        foreach (var l in printedLines.Where(l => lines[l].Row >= 0)) tableActionBlocks.Add(lines[l].Block);
        var listLines = ActionListLines(lines).Where(l => !printedLines.Contains(l)).ToList();
        var listSet = listLines.ToHashSet();
        var rowsWithMarkers = new HashSet<(int Block, int Row)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (tableActionBlocks.Contains(line.Block) || line.IsMargin || printedLines.Contains(i)) continue;
            // An entry of an action list that opens with its own marker ("Action Ann: …") is read once, as a list entry.
            if (listSet.Contains(i) && LeadingMarker(WithoutBullet(line.Text)) != null) continue;
            // A list heading that reads as a marker ("2. Action Items:") leaves its entries to the list.
            if (i + 1 < lines.Count && listSet.Contains(i + 1) && ActionMarkers.IsListHeading(line.Text)) continue;
            var found = FromMarkers(lines, ref i, itemStarts.GetValueOrDefault(i));
            if (found.Count > 0 && line.Row >= 0) rowsWithMarkers.Add((line.Block, line.Row));
            actions.AddRange(found);
        }
        OwnersFromMargin(actions, lines, rowsWithMarkers);

        actions.AddRange(FromMargin(lines, rowsWithMarkers, tableActionBlocks));
        foreach (var index in listLines)
        {
            var text = lines[index].Text;
            var number = Lexicon.NumberedLineReader.Read(text, lines[index].Number);
            if (number is { Rest.Length: > 0 }) text = number.Rest;
            // An entry left with only its number ("3." once its struck task is taken out) sets no task.
            foreach (var (entryText, offset) in RunTogetherEntries(text, number).Where(e => WithoutBullet(e.Text).Any(char.IsLetter)))
                actions.Add(ListEntry(WithoutBullet(entryText), index) with { Offset = offset });
        }
        // An action carried over in a later list or summarised at the end is labelled once, where it first appears.
        // A marker inside the prose of a minute ("… as agreed. [ACTION: Ann to write.]") is no summary: the same words marked in
        // the prose of two minutes are two actions.
        // "Action Items: None", "Next Steps: N/A": a marker over nothing records that no task was set.
        actions.RemoveAll(a => Lexicon.AttendanceVocabulary.IsNobody(ActionMarkers.WithoutListLabel(a.Text)));
        var ordered = actions.OrderBy(a => a.LineIndex).ThenBy(a => a.Offset)
            .DistinctBy(a => (Normalise(a.Text), InProse(lines, a) ? a.LineIndex : TopicBullet(lines, a))).ToList();
        var kept = new List<(RawAction Action, IReadOnlySet<string> Tokens, int Block, int Topic)>();
        foreach (var a in ordered)
        {
            var tokens = TextTokens.Of(a.Text);
            var block = a.LineIndex >= 0 && a.LineIndex < lines.Count ? lines[a.LineIndex].Block : -1;
            var topic = TopicBullet(lines, a);
            // A log row numbered as an action marked earlier ("ACTION 043: …" above, "043 | … | PB" in the log) restates it,
            // in other words; its owner column names the owner the marked action left unwritten.
            if (a.Number is { } number && kept.FindAll(k => k.Action.Number == number || MarkerNumber(lines, k.Action) == number) is { Count: > 0 } same)
            {
                if (a.Owner != null && same.Where(k => k.Action.Owner == null).ToList() is [var unowned])
                    kept[kept.IndexOf(unowned)] = unowned with { Action = unowned.Action with { Owner = a.Owner } };
                continue;
            }
            // Rows of one list may differ by a word; a repeat comes from another block (a summary, a log).
            if (tokens.Count >= RepeatMinWords && !InProse(lines, a)
                && kept.Any(k => k.Block != block && Repeats(k.Tokens, tokens) && !(k.Topic >= 0 && topic >= 0 && k.Topic != topic))) continue;
            // A closing list restates actions taken during the meeting in other words, under the same owners.
            if (listSet.Contains(a.LineIndex) && kept.Any(k => k.Block != block && !listSet.Contains(k.Action.LineIndex) && Restates(k.Action, a))) continue;
            kept.Add((a, tokens, block, topic));
        }
        return kept.Select(k => k.Action).ToList();
    }

    /// <summary>A restated action shares at least this many of its words with the action it restates …</summary>
    private const int RestateMinShared = 2;

    /// <summary>… and at least this share of the shorter one's words (beyond owners and function words).</summary>
    private const double RestateShare = 0.4;

    // "Ann/Bob to work out the team permissions" in the closing list restates "Bob/Ann have action item to resolve the team's
    // permissions" taken earlier: the same owners, and the words that name the task recur.
    private static bool Restates(RawAction earlier, RawAction later)
    {
        if (earlier.Owner == null || later.Owner == null) return false;
        var owners = OwnerNames(earlier.Owner);
        if (!owners.SetEquals(OwnerNames(later.Owner))) return false;
        var a = TextTokens.Of(earlier.Text).Where(t => !owners.Contains(t) && !FunctionWord().IsMatch(t)).ToHashSet();
        var b = TextTokens.Of(later.Text).Where(t => !owners.Contains(t) && !FunctionWord().IsMatch(t)).ToHashSet();
        var shared = a.Count(b.Contains);
        return shared >= RestateMinShared && shared >= RestateShare * Math.Min(a.Count, b.Count);
    }

    private static HashSet<string> OwnerNames(string owner) => TextTokens.Of(owner).Where(t => t != "and").ToHashSet();

    // Words that carry no task: articles, prepositions, auxiliaries and the words of a marker ("took action item to").
    [GeneratedRegex(@"^(?:a|an|the|to|of|on|in|for|and|or|with|at|by|from|per|as|is|are|be|will|shall|has|have|had|took|take|assigned|given|was|were|our|their|his|her|its|next|meeting|action|actions|item|items|point|points)$")]
    private static partial Regex FunctionWord();

    /// <summary>A numbered log continues in a headerless table at most this many blocks below it (a page break, a stray row).</summary>
    private const int ContinuationGap = 6;

    // A heading that titles a list of actions ("New and ongoing actions", "Completed actions") right above the table, or above
    // one short note set between them.
    private static bool UnderActionHeading(SourceDocument doc, int table)
    {
        for (var k = table - 1; k >= 0 && k >= table - 1 - MaxNotesUnderHeading; k--)
        {
            if (doc.Blocks[k] is HeadingBlock h) return ActionMarkers.IsListHeading(h.Text);
            if (doc.Blocks[k] is not ParagraphBlock) return false;
        }
        return false;
    }

    private const int MaxNotesUnderHeading = 1;

    // The number an action marker gives its action ("ACTION 043: Cleaner required", "Action: 047 – DH to look at").
    private static string? MarkerNumber(IReadOnlyList<DocLine> lines, RawAction a)
    {
        if (a.LineIndex < 0 || a.LineIndex >= lines.Count || a.Offset < 0 || a.Offset >= lines[a.LineIndex].Text.Length) return null;
        var m = NumberedMarker().Match(lines[a.LineIndex].Text[a.Offset..]);
        return m.Success ? m.Groups["number"].Value : null;
    }

    // A group can own a task ("Board: review the policy"); an occasion cannot ("Parent meeting: …").
    [GeneratedRegex(@"\b(?:meeting|minutes|session|agm|conference|event|night|fair)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingEvent();

    [GeneratedRegex(@"^actions?\s*:?\s*(?<number>\d{2,4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedMarker();

    private static RawAction ListEntry(string clean, int index)
    {
        // "[AL] Book the hall - done": the owners open the entry; the rest reads as any other entry.
        if (OwnerBracket.SplitLeading(clean) is { } leading) return ListEntry(leading.Task, index) with { Owner = leading.Owner };
        if (StatusNote.Split(clean) is { } noted) return new RawAction(noted.Task, noted.Owner ?? ActionOwnerReader.FromText(noted.Task), null, null, index);
        if (LeadingMarker(clean) is { } marker)
        {
            var task = ActionMarkers.WithoutLeadingStatus(clean[(marker.Index + marker.Length)..].Trim());
            return new RawAction(task, marker.Groups["owner"].Success ? marker.Groups["owner"].Value.Trim() : ActionOwnerReader.FromText(task), null, null, index);
        }
        // "Mesh: finish the elements: Ann": the owners close the entry after its topic and task, which stay as written.
        if (ActionOwnerReader.TrailingColonOwner(clean) is { } closing) return new RawAction(clean, closing, null, null, index);
        if (ActionOwnerReader.EntryOwner(clean) is { } entry)
        {
            // "Schedules: Tony to post the link", "Parent meeting: 9 October; show the slide": a topic before the colon, not an
            // owner, when the task names its own owner or the label names a meeting. The entry is kept whole.
            var inner = ActionOwnerReader.FromText(entry.Task);
            var ownOwner = inner is { Length: > 0 } && char.IsUpper(inner[0]) && entry.Task.StartsWith(inner, StringComparison.Ordinal)
                && Attendance.PersonNames.LooksLikeName(inner) && !Attendance.PersonEntryParser.IsAbbreviation(entry.Owner);
            if (!ownOwner && !MeetingEvent().IsMatch(entry.Owner)) return new RawAction(entry.Task, entry.Owner, null, null, index);
            return new RawAction(clean, ownOwner ? inner : null, null, null, index);
        }
        // "Create a proposal (Ann & Bob)": in a list of actions, names in brackets after the task are its owners, unless the
        // task opens with its owner ("Ann to draft the rules (Bob to help)").
        var owner = ActionOwnerReader.FromText(clean);
        var opensWithOwner = owner != null && clean.StartsWith(owner, StringComparison.Ordinal);
        return !opensWithOwner && OwnerBracket.Split(clean) is { } bracketed
            ? new RawAction(bracketed.Task, bracketed.Owner, null, null, index)
            : new RawAction(clean, owner, null, null, index);
    }

    // A hand-numbered list whose line breaks were lost runs entries together ("7. Ann to share the notes 8. Bob to …"): the
    // next number in sequence before a capital opens the next entry.
    private static IEnumerable<(string Text, int Offset)> RunTogetherEntries(string text, Lexicon.NumberedLine? number)
    {
        if (number is not { Scheme: Lexicon.NumberScheme.Decimal, Parts.Count: 1 })
        {
            yield return (text, 0);
            yield break;
        }
        var next = number.Parts[0] + 1;
        var start = 0;
        while (Regex.Match(text[start..], $@"\s{next}[.)]\s+(?=\p{{Lu}})") is { Success: true } m)
        {
            yield return (text[start..(start + m.Index)].Trim(), start);
            start += m.Index + m.Length;
            next++;
        }
        yield return (text[start..].Trim(), start);
    }

    // When a row carries both marked actions and an owner margin with one owner per action, the margin is the owner as written.
    private static void OwnersFromMargin(List<RawAction> actions, IReadOnlyList<DocLine> lines, HashSet<(int Block, int Row)> rows)
    {
        foreach (var (block, row) in rows)
        {
            var owners = lines.Where(l => l.Block == block && l.Row == row && l.IsMargin && IsMarginOwner(l)).Select(l => l.Text.TrimEnd('.')).ToList();
            var inRow = actions.Select((a, k) => (a, k)).Where(x => x.a.LineIndex >= 0 && lines[x.a.LineIndex].Block == block && lines[x.a.LineIndex].Row == row).ToList();
            if (owners.Count == 0 || owners.Count != inRow.Count) continue;
            for (var k = 0; k < inRow.Count; k++) actions[inRow[k].k] = inRow[k].a with { Owner = owners[k] };
        }
    }

    /// <summary>
    /// Lines listed under an action heading ("Pending Action Items", "Next steps", "To do") up to the next heading:
    /// each list entry is one action. These lines are not agenda items.
    /// </summary>
    public static IReadOnlyList<int> ActionListLines(IReadOnlyList<DocLine> lines)
    {
        var result = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            // "The following action items were agreed:" introduces its list as a heading would.
            var leadIn = lines[i].Row < 0 && lines[i].Origin == LineOrigin.Paragraph && ActionMarkers.IsListLeadIn(lines[i].Text)
                && i + 1 < lines.Count && (lines[i + 1].Origin == LineOrigin.ListItem || OpensNumberedList(lines, i));
            if (lines[i].Row >= 0 || !(leadIn || ActionMarkers.IsListHeading(lines[i].Text))) continue;
            // A heading owns the list below it; so does a heading-like line standing alone as its own paragraph
            // ("Actions" above a numbered list). "Actions:" label lines are read with the markers.
            // An entry of a numbered contents list ("2. Open actions" then "3. Budget") is a section's name, not a list heading.
            if (IsContentsEntry(lines, i)) continue;
            var standsAlone = lines[i].StartsBlock && (i + 1 >= lines.Count || lines[i + 1].StartsBlock) && !ActionMarkers.Inline().IsMatch(lines[i].Text);
            var opensOwnerLed = lines[i].StartsBlock && i + 1 < lines.Count && lines[i + 1] is { Origin: LineOrigin.Paragraph, StartsBlock: true, Row: < 0 } first
                && DashedOwner.Opens(first.Text);
            if (lines[i].Origin != LineOrigin.Heading && !standsAlone && !leadIn && !OpensNumberedList(lines, i) && !opensOwnerLed) continue;
            var headingLevel = lines[i].Origin == LineOrigin.Heading ? lines[i].Level : int.MaxValue;
            if (SubHeadingEntries(lines, i) is { Count: > 0 } named)
            {
                result.AddRange(named);
                continue;
            }
            var listed = result.Count;
            bool? numberedMode = null;
            Lexicon.NumberScheme? listScheme = null;
            var level = -1;
            var tableBlock = -1;
            var ownerLed = false;
            var steps = false;
            for (var j = i + 1; j < lines.Count; j++)
            {
                var l = lines[j];
                // A heading that is itself a bullet ("- Work assignments" over its sub-bullets) owns only the entries nested under it.
                if (lines[i].Origin == LineOrigin.ListItem && l.Origin == LineOrigin.ListItem && l.Level <= lines[i].Level) break;
                var label = l.Row < 0 ? Lexicon.NumberedLineReader.Read(l.Text) : null;
                // Entries are numbered or lettered ("a. Ann to draft the policy"); a hand-typed list may sit in one paragraph,
                // a line per entry.
                var numbered = (l.Number != null && l.Number.Any(char.IsDigit)) || label is { Scheme: Lexicon.NumberScheme.Decimal }
                    || (label is { Scheme: Lexicon.NumberScheme.Letter } && listScheme != Lexicon.NumberScheme.Decimal);
                var opensEntry = numbered && (l.StartsBlock || (label != null && l.Origin == LineOrigin.Paragraph));
                // The list ends where the numbering changes kind: "a.", "b." … then "5. Next item" is the minutes going on.
                if (opensEntry && label != null && listScheme != null && label.Scheme != listScheme && l.Number == null) break;
                if (opensEntry && label != null) listScheme ??= label.Scheme;
                // A numbered list may come as a table: a number cell beside each action.
                if (l.Row >= 0)
                {
                    // A register under a heading may hold a table of owners and tasks beside its list ("[AL] | Book the hall"
                    // then "- [BR] Print the flyers"): the table reader takes the table, and the list goes on after it.
                    if (tableBlock < 0 && numberedMode != true && headingLevel != int.MaxValue && OwnerFirstTable(lines, l.Block)) continue;
                    if (numberedMode == false || (tableBlock >= 0 && l.Block != tableBlock)) break;
                    if (tableBlock < 0 && !(numbered && l.StartsBlock)) break;
                    tableBlock = l.Block;
                    numberedMode = true;
                    if (numbered && l.StartsBlock && !l.IsMargin) result.Add(j);
                    continue;
                }
                if (tableBlock >= 0) break;
                if (l.Origin == LineOrigin.Heading && l.Level <= headingLevel) break;
                if (headingLevel == int.MaxValue && l.Origin == LineOrigin.Heading) break;
                // "In progress:" / "Done:" group the entries of one list by status.
                if (l.Origin == LineOrigin.Paragraph && l.StartsBlock && ActionMarkers.IsStatusLabel(l.Text)) continue;
                numberedMode ??= numbered ? true : l.Origin == LineOrigin.ListItem ? false : null;
                // "Action Items:" over "Ann - book the hall", "Bob -- send the letter": paragraphs each opened by their owner and a
                // dash are the list's entries, one a paragraph.
                if (numberedMode == null && l.Origin == LineOrigin.Paragraph && l.StartsBlock && DashedOwner.Opens(l.Text)
                    && (j == i + 1 || ownerLed))
                {
                    ownerLed = true;
                    result.Add(j);
                    continue;
                }
                // "Next steps" set as a heading over one-line paragraphs, each a step ("seek legal advice", "Ann to book the hall"): a
                // list whose bullets were lost, as PDF and plain-text minutes print them.
                if (numberedMode == null && headingLevel != int.MaxValue && !numbered && StepLine(lines, j) && (steps || (j == i + 1 && j + 1 < lines.Count && StepLine(lines, j + 1))))
                {
                    steps = true;
                    result.Add(j);
                    continue;
                }
                if (steps) break;
                // Prose right under "Actions:" is read by the marker rules; a titled list ("Pending Action Items") may open with a note.
                if (numberedMode == null && (lines[i].Text.TrimEnd().EndsWith(':') || headingLevel == int.MaxValue)) break;
                if (numberedMode == true)
                {
                    // Under a line standing alone the list ends at the first unnumbered paragraph.
                    if (headingLevel == int.MaxValue && l.StartsBlock && !numbered) break;
                    if (opensEntry) result.Add(j);
                    continue;
                }
                if (numberedMode == false)
                {
                    // Sub-headings naming people or statuses ("### Ann", "### Done") group one list's entries.
                    if (l.Origin == LineOrigin.Heading && headingLevel != int.MaxValue && l.Level > headingLevel) continue;
                    if (l.Origin != LineOrigin.ListItem) break;
                    if (level < 0) level = l.Level;
                    // A task list nests sub-tasks: a boxed entry below an entry is a task of its own; unboxed ones are notes.
                    if (l.StartsBlock && (l.Level == level || (l.Level > level && TaskBox().IsMatch(l.Text.Trim())))) result.Add(j);
                }
            }
            // "2. Action Items" over "a) The minutes were reviewed and approved": an agenda's category of business to be
            // voted on, minuted as what was done, is not a list of tasks.
            if (IsBusinessCategory(lines[i].Text, result.Skip(listed).Select(e => lines[e].Text).ToList()))
                result.RemoveRange(listed, result.Count - listed);
        }
        // Task allocations under a decision line ("Resolved" / "Ann: book the hall") are action lists too.
        return result.Union(TaskAllocationList.Lines(lines)).Order().ToList();
    }

    // "Actions: Ann to book the hall; Bob to print the flyers": after a plural marker, clauses parted by semicolons that each
    // open with their own owner are separate actions.
    private static IEnumerable<string> OwnedClauses(string sentence)
    {
        var clauses = sentence.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return clauses.Length > 1 && Array.TrueForAll(clauses, c => NamedOwnerTo().IsMatch(c)) ? clauses : [sentence];
    }

    // A paragraph of one short line that reads as a task: an imperative ("seek advice", "Book the hall") or an owner named
    // before "to" or "will" and a verb ("Ann to book the hall", "Bob will print the flyers"), with no sentence after it. A
    // note under the heading ("Completed actions will stay listed", "To be copied to the tracker") is none; the list takes
    // two such lines running.
    private static bool StepLine(IReadOnlyList<DocLine> lines, int j) =>
        lines[j] is { Origin: LineOrigin.Paragraph, StartsBlock: true, Row: < 0 } l && (j + 1 >= lines.Count || lines[j + 1].StartsBlock)
        && l.Text.Trim() is { Length: > 0 and <= 100 } t && !t.EndsWith(':') && !t.TrimEnd('.').Contains(". ")
        && (char.IsLower(t[0]) || ActionOwnerWords.StartsWithImperative(t) || NamedOwnerTo().IsMatch(t));

    [GeneratedRegex(@"^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)?\s+(?:to|will)\s+\p{Ll}")]
    private static partial Regex NamedOwnerTo();

    // Every owner cell of the table's first column is an owner in brackets ("[AL]"), as in a register typed with tabs.
    private static bool OwnerFirstTable(IReadOnlyList<DocLine> lines, int block)
    {
        var owners = lines.Where(x => x.Block == block && x.Column == 0 && x.Text.Trim().Length > 0).Select(x => x.Text).ToList();
        return owners.Count > 0 && owners.TrueForAll(o => ActionTableReader.BracketedOwner(o) != null);
    }

    // Most entries under the heading minute what was done: the heading names the business voted on, not tasks.
    // An entry that opens with a verb to obey ("Email the trustees voted onto the board …") is a task, whatever words follow.
    private static bool IsBusinessCategory(string heading, IReadOnlyList<string> entries) =>
        entries.Count > 0 && ActionMarkers.IsBusinessCategory(heading)
        && entries.Count(e => MeetingVocabulary.RecordsBusinessDone(e) && !ActionOwnerWords.StartsWithImperative(WithoutBullet(e))) * 2 >= entries.Count;

    // The number may be the list's own or typed into a bullet ("- IX. Action Items" above "- X. Next Meeting").
    private static bool IsContentsEntry(IReadOnlyList<DocLine> lines, int i) =>
        lines[i].Origin == LineOrigin.ListItem && EntryNumber(lines[i]) is { } number && i + 1 < lines.Count && lines[i + 1].Origin == LineOrigin.ListItem
        && lines[i + 1].Level == lines[i].Level && EntryNumber(lines[i + 1]) is { } next && next.Any(char.IsDigit) == number.Any(char.IsDigit);

    private static string? EntryNumber(DocLine line) => line.Number ?? Lexicon.NumberedLineReader.Read(line.Text)?.Number;

    // An action heading whose actions are its sub-headings, each with notes on progress below it ("## Old action items",
    // "### Book the hall for June", "- asked twice, no reply yet"): the sub-headings are the actions, their notes are not.
    // Sub-headings naming people or statuses ("### Ann", "### Done") group the actions instead, and the entries are read below them.
    private static List<int> SubHeadingEntries(IReadOnlyList<DocLine> lines, int i)
    {
        var entries = new List<int>();
        if (lines[i].Origin != LineOrigin.Heading || i + 1 >= lines.Count || lines[i + 1].Origin != LineOrigin.Heading || lines[i + 1].Level <= lines[i].Level)
            return entries;
        var level = lines[i + 1].Level;
        for (var j = i + 1; j < lines.Count; j++)
        {
            if (lines[j].Origin != LineOrigin.Heading) continue;
            if (lines[j].Level <= lines[i].Level) break;
            if (lines[j].Level != level) continue;
            var text = lines[j].Text.Trim().TrimEnd(':');
            if (ActionOwnerWords.IsOwnerOnly(text) || ActionMarkers.IsStatusLabel(text + ":") 
                || (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2 && Attendance.PersonNames.LooksLikeName(text))) return [];
            entries.Add(j);
        }
        return entries;
    }

    // A marker opening the text with a task after it ("Action Ann: book the hall"), or after a status tag ("[DONE] Action: …");
    // a bare "Actions:" label is no entry marker.
    private static Match? LeadingMarker(string text) =>
        ActionMarkers.Inline().Match(text) is { Success: true } m && (m.Index == 0 || text.Length - ActionMarkers.WithoutLeadingStatus(text).Length == m.Index)
        && m.Index + m.Length < text.Trim().Length && !ActionMarkers.IsPlural(m.Value) ? m : null;

    // A label line ("Previous actions:") with a list numbered from 1 right below it, in its paragraph or the next block: the
    // list is the actions, where a minute number below a label ("5. Next item") goes on with the minutes.
    private static bool OpensNumberedList(IReadOnlyList<DocLine> lines, int i) =>
        lines[i].Text.TrimEnd().EndsWith(':') && i + 1 < lines.Count && lines[i + 1].Row < 0
        && (lines[i + 1].Number ?? Lexicon.NumberedLineReader.Read(lines[i + 1].Text)?.Number)?.Trim('(', ')', '.') == "1";

    private static List<RawAction> FromMarkers(IReadOnlyList<DocLine> lines, ref int i, List<int>? itemStarts)
    {
        var result = new List<RawAction>();
        var line = lines[i];
        var matches = ActionMarkers.Inline().Matches(line.Text);
        if (matches.Count == 0)
        {
            // A heading "Action" over the paragraphs it marks, as a minute's sub-heading.
            if (line.Origin == LineOrigin.Heading && ActionMarkers.IsSingleActionHeading(line.Text))
            {
                i = NumberedEntriesBelow(lines, i, result) ?? ActionsBelow(lines, i, result, firstBlockOnly: true);
                return result;
            }
            return line.Origin != LineOrigin.Heading && FromTakenAction(line, i) is { } taken ? [taken] : FromTrailingMarker(line, i);
        }
        // Where the task of a marker that closes its action ("Task. Action: Ann by 3 May") begins: the line's start, or the
        // end of the previous marker's owner and deadline.
        var taskStart = 0;
        for (var k = 0; k < matches.Count; k++)
        {
            var m = matches[k];
            var end = k + 1 < matches.Count ? matches[k + 1].Index : line.Text.Length;
            // An item that starts later in the same line ends the action text.
            var nextItem = itemStarts?.FirstOrDefault(o => o > m.Index) ?? 0;
            if (nextItem > 0 && nextItem < end) end = nextItem;
            // "[ACTION: Ann to book the hall.]": a marker opening a bracket marks what the bracket holds.
            var inBracket = m.Index > 0 && line.Text[m.Index - 1] == '[';
            if (inBracket && line.Text.IndexOf(']', m.Index + m.Length) is var close && close > 0 && close < end) end = close;
            var rest = line.Text[(m.Index + m.Length)..end].Trim();
            var markerOwner = m.Groups["owner"].Success ? m.Groups["owner"].Value.Trim() : m.Groups["pre"].Success ? m.Groups["pre"].Value.Trim() : null;
            // "TODO "someone should": …": words in quotes where the owner goes say that nobody has taken the task.
            if (markerOwner is ['"' or '“' or '”', ..]) markerOwner = null;
            if (markerOwner == null && !ActionMarkers.IsPlural(m.Value) && ActionOwnerWords.OwnerThenDue(line.Text[(m.Index + m.Length)..end]) is { } closing)
            {
                var task = taskStart < m.Index ? line.Text[taskStart..m.Index].Trim() : "";
                if (task.Length == 0) task = PrecedingText(lines, i, m.Index);
                taskStart = m.Index + m.Length + closing.Length;
                if (task.Length > 0) result.Add(Make(task, i) with { Offset = m.Index, Owner = closing.Owner, DueText = closing.Due });
                continue;
            }
            taskStart = end;
            if (rest.Length == 0 && markerOwner != null)
            {
                // "ACTION JS:" alone: the owner is in the marker and the action is the paragraph it belongs to.
                var before = PrecedingText(lines, i, m.Index);
                if (before.Length > 0) result.Add(new RawAction(before, markerOwner, null, null, i) { Offset = m.Index });
                continue;
            }
            if (rest.Length == 0)
            {
                i = ActionsBelow(lines, i, result);
                continue;
            }
            if (markerOwner == null && ActionOwnerWords.IsOwnerOnly(rest))
            {
                var owner = rest.TrimEnd('.');
                var paragraph = PrecedingText(lines, i, m.Index);
                if (paragraph.Length > 0) result.Add(new RawAction(paragraph, owner, null, null, i) { Offset = m.Index });
                continue;
            }
            // Hard-wrapped text: the marker's sentence goes on in the next lines of the same paragraph.
            // A marker opening its paragraph marks the paragraph: the rest of its lines belong to the action.
            if (end == line.Text.Length) rest = (rest + " " + (m.Index == 0 && line.StartsBlock ? RestOfParagraph(lines, i) : Continuation(lines, i))).Trim();
            if (inBracket) rest = rest.TrimEnd(']', ' ');
            // "Action: JS to follow up the following issues:" takes the list that follows as part of the action.
            if (end == line.Text.Length && rest.EndsWith(':') && SubList(lines, i) is { Length: > 0 } sub) rest = rest + " " + sub;
            // "Actions:" lists every sentence that follows; a single marker runs to the end of its sentence.
            if (ActionMarkers.IsPlural(m.Value))
                foreach (var sentence in Sentences(rest).SelectMany(OwnedClauses)) result.Add(Make(sentence, i) with { Offset = m.Index });
            else
            {
                // "Action: X to do Y. Due: 25/04/2025": a deadline written after the sentence (or on the next line) belongs to it.
                var first = m.Index == 0 && line.StartsBlock ? ParagraphTask(rest) : FirstSentence(rest);
                var after = rest.Length > first.Length ? rest[first.Length..] : "";
                var due = ActionMarkers.DueLabel().Match(after);
                var dueText = due.Success ? due.Value : DueOnNextLine(lines, i);
                var action = Make(first, i) with { Offset = m.Index, DueText = dueText };
                if (markerOwner != null) action = action with { Owner = markerOwner };
                // "Action: Ann: book the hall": the owner before a second colon, as scribe tools record an action.
                else if (ActionOwnerReader.ColonOwner(first) is { } named) action = action with { Text = named.Task, Owner = named.Owner };
                // "Action: Issue the agenda. Ann Lee by 30 Nov": who and by when close the sentence's paragraph.
                else if (ActionOwnerWords.OwnerThenDue(after) is { } tail && tail.Length >= after.TrimEnd().Length)
                    action = action with { Owner = tail.Owner, DueText = tail.Due };
                // "Action item: Book the hall. (AB)": the owner's initials in brackets after the sentence.
                else if (action.Owner == null && ActionOwnerWords.Bracketed(after) is { } bracketed)
                    action = action with { Owner = bracketed };
                result.Add(action);
            }
        }
        return result;
    }

    // The actions below an "Actions:" label or heading (line i); returns the last line read. Under a heading naming one
    // action ("Action") only its first block is the action: what follows (a reply, the next point) is the minutes going on.
    private static int ActionsBelow(IReadOnlyList<DocLine> lines, int i, List<RawAction> result, bool firstBlockOnly = false)
    {
        var line = lines[i];
        // "Actions:" heading: the following lines are the actions; in a list, only its top level.
        if (OwnerGroups(lines, i, result) is { } groupsEnd) return groupsEnd;
        var j = i + 1;
        var before = result.Count;
        var listLevel = j < lines.Count && lines[j].Origin == LineOrigin.ListItem ? lines[j].Level : -1;
        var typedList = false;
        for (; j < lines.Count; j++)
        {
            var next = lines[j];
            if (listLevel >= 0 && next.Origin == LineOrigin.ListItem && next.Level > listLevel) continue;
            // A bullet back out at a higher level than the list ("- Budget" after the nested entries of "- Actions:") is the
            // notes going on.
            if (listLevel >= 0 && (next.Origin != LineOrigin.ListItem || next.Level < listLevel)) break;
            if (next.IsMargin) continue;
            var typed = Lexicon.NumberedLineReader.Read(next.Text) is { Scheme: Lexicon.NumberScheme.Decimal } d ? d : null;
            // A bullet of the list below the label may carry its number typed in ("• 1) Ann to book the hall"): that is the
            // entry's own numbering, where a numbered paragraph is the minutes going on.
            var typedEntry = typed != null && listLevel >= 0 && next.Level == listLevel;
            if (next.Number != null || ActionMarkers.Inline().IsMatch(next.Text) || (typed != null && !typedEntry)) break;
            // Under an "Actions:" heading every paragraph up to the next heading is an action; after a label line, one block.
            if (line.Origin != LineOrigin.Heading && next.StartsBlock && next.Origin is not LineOrigin.ListItem && j > i + 1
                && next.Block != lines[j - 1].Block && lines[j - 1].Origin != LineOrigin.ListItem) break;
            if (next.Origin == LineOrigin.Heading) break;
            if (firstBlockOnly && next.Block != lines[i + 1].Block) break;
            // Once the bullets carry typed numbers, an unnumbered bullet between them goes on with the entry above it.
            if (typedEntry) typedList = true;
            else if (typedList && listLevel >= 0 && result.Count > before)
            {
                result[^1] = result[^1] with { Text = result[^1].Text.TrimEnd() + " " + next.Text.Trim() };
                continue;
            }
            result.Add(Make(typedEntry ? typed!.Rest : next.Text, j));
            if (line.Origin != LineOrigin.Heading && next.Origin != LineOrigin.ListItem && !next.Text.TrimEnd().EndsWith('.') && j + 1 < lines.Count && lines[j + 1].Block != next.Block) { j++; break; }
        }
        if (IsBusinessCategory(line.Text, result.Skip(before).Select(a => a.Text).ToList())) result.RemoveRange(before, result.Count - before);
        return Math.Max(i, j - 1);
    }

    // "ACTION AGREED:" over "(i) End the contract.", a note, "(ii) Ask for the data to be deleted.": one action per numbered entry,
    // with the paragraphs under it, up to a heading or a label of another kind ("(b)" of the minute's own lettering). Returns the
    // last line read; null when no numbered entry follows the heading.
    private static int? NumberedEntriesBelow(IReadOnlyList<DocLine> lines, int i, List<RawAction> result)
    {
        if (i + 1 >= lines.Count || lines[i + 1].Row >= 0 || Lexicon.NumberedLineReader.Read(lines[i + 1].Text) is not { } first
            || first.Number.Trim('(', ')', '.').ToLowerInvariant() is not ("1" or "a" or "i")) return null;
        var found = new List<RawAction>();
        var j = i + 1;
        for (; j < lines.Count && lines[j].Origin != LineOrigin.Heading && lines[j].Row < 0; j++)
        {
            var label = Lexicon.NumberedLineReader.Read(lines[j].Text);
            if (label != null && label.Scheme != first.Scheme) break;
            if (label != null) found.Add(Make(label.Rest, j));
            else if (lines[j].StartsBlock && found.Count > 0) found[^1] = found[^1] with { Text = found[^1].Text.TrimEnd() + " " + lines[j].Text.Trim() };
            else break;
        }
        if (found.Count < 2) return null;
        result.AddRange(found);
        return j - 1;
    }

    // "Actions:" then "Ann" over her tasks as bullets, "Bob" over his: each name line heads the tasks of its owner, as small
    // teams write their task lists. Returns the last line read; null when the lines below are not grouped so.
    private static int? OwnerGroups(IReadOnlyList<DocLine> lines, int i, List<RawAction> result)
    {
        var found = new List<RawAction>();
        var j = i + 1;
        while (j + 1 < lines.Count && lines[j].Origin == LineOrigin.Paragraph && lines[j].StartsBlock && lines[j + 1].Origin == LineOrigin.ListItem)
        {
            var owner = lines[j].Text.Trim().TrimEnd(':').Trim();
            if (!ActionOwnerWords.IsOwnerOnly(owner) && !(owner.Split(' ').Length <= 3 && Attendance.PersonNames.LooksLikeName(owner))) break;
            var level = lines[j + 1].Level;
            for (j++; j < lines.Count && lines[j].Origin == LineOrigin.ListItem && lines[j].Level >= level; j++)
                if (lines[j].Level == level && lines[j].StartsBlock) found.Add(Make(lines[j].Text, j) with { Owner = owner });
        }
        if (found.Count == 0) return null;
        result.AddRange(found);
        return j - 1;
    }

    // "… but Ann/Bob have action item for next meeting to resolve the permissions": the action is the sentence from its owner on.
    // "The draft letter was approved, Ann takes action item to send": a marker carrying only its owner, or a bare verb whose
    // object went before it, takes the whole line it closes.
    private static RawAction? FromTakenAction(DocLine line, int i)
    {
        var m = ActionMarkers.OwnerTakesAction().Match(line.Text);
        if (!m.Success) return null;
        var owner = m.Groups["owner"].Value;
        // "…, Ann takes action item": after a clause the comma closes that clause; it joins owners only in a list of names
        // ending in "and".
        if (m.Index > 0 && owner.Contains(", ") && !owner.Contains(" and ") && !owner.Contains('&')) owner = owner[(owner.LastIndexOf(", ", StringComparison.Ordinal) + 2)..];
        var ownerAt = m.Index + m.Groups["owner"].Length - owner.Length;
        var task = line.Text[(m.Index + m.Length)..].Trim().TrimEnd('.');
        var elliptical = task.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= 1 } or [_, "up" or "down" or "out" or "in" or "on" or "off" or "through"];
        var text = elliptical ? line.Text.Trim() : FirstSentence(line.Text[ownerAt..]);
        return Make(text, i) with { Offset = m.Index, Owner = owner };
    }

    // "Lobby the regulator about the journal (TODO)": a marker after the action; a speaker label before it names the owner.
    // "… needs updating Action: Ann": an owner-only marker closing the line names the owner of the text before it.
    private static List<RawAction> FromTrailingMarker(DocLine line, int i)
    {
        if (line.Origin != LineOrigin.Heading && FromTrailingClauses(line, i) is { Count: > 0 } clauses) return clauses;
        var withOwner = ActionMarkers.TrailingOwner().Match(line.Text);
        // A heading ("Plan of Action: Approved") or a status word after the marker is not an owner.
        if (withOwner.Success && line.Origin != LineOrigin.Heading && !ActionOwnerWords.IsNotOwner(withOwner.Groups["owner"].Value)
            && line.Text[..withOwner.Index].Trim() is { } before && before.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
            return [Make(before, i) with { Offset = withOwner.Index, Owner = withOwner.Groups["owner"].Value.TrimEnd('.') }];
        var trailing = ActionMarkers.Trailing().Match(line.Text);
        if (!trailing.Success) return [];
        var text = line.Text[..trailing.Index].Trim();
        var speaker = ActionMarkers.SpeakerLabel().Match(text);
        // "… upon approval. (Todo, Ann)": the owner written inside the marker.
        string? owner = trailing.Groups["owner"].Success ? trailing.Groups["owner"].Value : null;
        if (owner == null && speaker.Success)
        {
            owner = speaker.Groups["owner"].Value;
            text = text[speaker.Length..].Trim();
        }
        if (text.Length == 0) return [];
        var action = Make(text, i) with { Offset = trailing.Index };
        return [owner == null ? action : action with { Owner = owner }];
    }

    // "…, action Ann." closes the sentence it belongs to: that sentence is the action and Ann its owner;
    // "…, action Ann to check." gives the task itself after the owner.
    private static List<RawAction> FromTrailingClauses(DocLine line, int i)
    {
        var result = new List<RawAction>();
        var from = 0;
        foreach (Match m in ActionMarkers.TrailingClause().Matches(line.Text))
        {
            var owner = m.Groups["owner"].Value;
            string text;
            if (m.Groups["task"].Success) text = owner + m.Groups["task"].Value.TrimEnd();
            else
            {
                var start = from;
                foreach (Match end in Text.SentenceSplitter.End().Matches(line.Text[..m.Index]))
                    if (end.Index + 1 > start) start = end.Index + 1;
                text = line.Text[start..m.Index].Trim();
            }
            from = m.Index + m.Length;
            if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2 || ActionOwnerWords.IsNotOwner(owner)) continue;
            result.Add(Make(text, i) with { Offset = m.Index, Owner = owner });
        }
        return result;
    }

    // The lines after line i that continue its paragraph when the text was wrapped by hand (a lower-case start, or a long line).
    private static string Continuation(IReadOnlyList<DocLine> lines, int i)
    {
        var parts = new List<string>();
        for (var j = i + 1; j < lines.Count; j++)
        {
            var prev = lines[j - 1];
            var next = lines[j];
            if (next.StartsBlock || next.Block != prev.Block || next.Row != prev.Row || next.Column != prev.Column || next.IsMargin
                || next.Number != null || next.Origin == LineOrigin.Heading || ActionMarkers.Inline().IsMatch(next.Text)) break;
            var t = next.Text.Trim();
            if (t.Length == 0 || SentenceClosed().IsMatch(prev.Text)) break;
            if (!char.IsLower(t[0]) && prev.Text.Trim().Length < WrappedLineLength) break;
            parts.Add(t);
        }
        return string.Join(" ", parts);
    }

    // The lines after line i in its paragraph while the text runs on: the line before filled the width the paragraph was
    // wrapped at, or the next line goes on in lower case. It stops at a line that opens something else: a numbered point, a
    // marker, a deadline or another label ("Owner: Ann").
    private static string RestOfParagraph(IReadOnlyList<DocLine> lines, int i)
    {
        var parts = new List<string>();
        var width = lines.Where(l => l.Block == lines[i].Block && l.Row == lines[i].Row && l.Column == lines[i].Column).Max(l => l.Text.Trim().Length);
        for (var j = i + 1; j < lines.Count; j++)
        {
            var next = lines[j];
            var t = next.Text.Trim();
            var filled = width >= WrapWidthMin && lines[j - 1].Text.Trim().Length >= width * WrapFill;
            if (t.Length > 0 && !filled && !char.IsLower(t[0])) break;
            if (next.StartsBlock || next.Block != lines[i].Block || next.Row != lines[i].Row || next.Column != lines[i].Column || next.IsMargin
                || next.Number != null || next.Origin == LineOrigin.Heading || ActionMarkers.Inline().IsMatch(next.Text)
                || Lexicon.NumberedLineReader.Read(next.Text) != null || ActionMarkers.DueLine().IsMatch(next.Text) || LabelLine().IsMatch(next.Text)) break;
            if (next.Text.Trim().Length > 0) parts.Add(next.Text.Trim());
        }
        return string.Join(" ", parts);
    }

    /// <summary>A paragraph hard-wrapped at this many characters or more; a line of at least this share of that width filled it.</summary>
    private const int WrapWidthMin = 45;
    private const double WrapFill = 0.8;

    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}]*(?:\s+[\p{L}]+){0,2}\s*:(?:\s|$)")]
    private static partial Regex LabelLine();

    // The list entries directly below line i (deeper than it when it is itself a list entry).
    private static string SubList(IReadOnlyList<DocLine> lines, int i)
    {
        var parts = new List<string>();
        var minLevel = lines[i].Origin == LineOrigin.ListItem ? lines[i].Level + 1 : 0;
        for (var j = i + 1; j < lines.Count; j++)
        {
            var l = lines[j];
            if (l.Origin != LineOrigin.ListItem || l.Level < minLevel || ActionMarkers.Inline().IsMatch(l.Text)) break;
            parts.Add(l.Text.Trim());
        }
        return string.Join(" ", parts);
    }

    /// <summary>A line at least this long that stops mid-sentence was wrapped by hand.</summary>
    private const int WrappedLineLength = 60;

    private static string? DueOnNextLine(IReadOnlyList<DocLine> lines, int i)
    {
        for (var j = i + 1; j < lines.Count && j <= i + 3; j++)
        {
            if (lines[j].IsMargin) continue;
            if (!lines[j].StartsBlock) continue;
            return ActionMarkers.DueLine().IsMatch(lines[j].Text) ? lines[j].Text : null;
        }
        return null;
    }

    // "- Topic A / - (Action) Admins to open the repository / - Topic B / - (Action) Admins to open the repository": the same
    // words marked under the bullets of two topics are two tasks, one for each topic, not a repeat. The topic is the bullet
    // a marked bullet is nested under, when that bullet is no action and no action list's label; -1 when there is none.
    private static int TopicBullet(IReadOnlyList<DocLine> lines, RawAction a)
    {
        if (a.LineIndex < 0 || a.LineIndex >= lines.Count || lines[a.LineIndex] is not { Origin: LineOrigin.ListItem, Row: < 0 } line || line.Level == 0
            || !ActionMarkers.Inline().IsMatch(line.Text)) return -1;
        for (var j = a.LineIndex - 1; j >= 0; j--)
        {
            if (lines[j].Origin != LineOrigin.ListItem) return -1;
            if (lines[j].Level >= line.Level) continue;
            return ActionMarkers.Inline().IsMatch(lines[j].Text) || ActionMarkers.IsListHeading(lines[j].Text) || ActionMarkers.IsListLeadIn(lines[j].Text) ? -1 : j;
        }
        return -1;
    }

    private static bool InProse(IReadOnlyList<DocLine> lines, RawAction a) =>
        a.Offset > 0 && a.LineIndex >= 0 && a.LineIndex < lines.Count && lines[a.LineIndex] is { Origin: LineOrigin.Paragraph, Row: < 0 };

    private static RawAction Make(string text, int index)
    {
        var clean = ActionMarkers.WithoutLeadingStatus(WithoutBullet(text));
        // "ACTION: (Lee, Cole) Write the report", "Action: [AL] Book the hall": the owners right after the marker.
        if (OwnerBracket.SplitLeading(clean) is { } leading) return new RawAction(leading.Task, leading.Owner, null, null, index);
        return new RawAction(clean, ActionOwnerReader.FromText(clean), null, null, index);
    }

    // A task-list box, ticked or not ("[X] Ann to book the hall"), is the entry's state, not its words or its owner.
    private static string WithoutBullet(string text) => TaskBox().Replace(text.Trim().TrimStart('-', '*', '•', ' ').Trim(), "");

    [GeneratedRegex(@"^" + ActionMarkers.TaskBox + @"\s*")]
    private static partial Regex TaskBox();

    // The paragraph an owner-only marker belongs to: text before the marker on its line, else the previous paragraph.
    private static string PrecedingText(IReadOnlyList<DocLine> lines, int i, int markerIndex)
    {
        var before = lines[i].Text[..markerIndex].Trim();
        if (before.Length > 0) return before;
        var parts = new List<string>();
        for (var j = i - 1; j >= 0; j--)
        {
            if (lines[j].IsMargin) continue;
            if (ActionMarkers.Inline().IsMatch(lines[j].Text)) break;
            parts.Insert(0, lines[j].Text);
            if (lines[j].StartsBlock) break;
        }
        return string.Join(" ", parts).Trim();
    }

    private static IEnumerable<RawAction> FromMargin(IReadOnlyList<DocLine> lines, HashSet<(int Block, int Row)> rowsWithMarkers, HashSet<int> tableActionBlocks)
    {
        // An action table's owner column was read with its tasks; its cells are no margin notes.
        foreach (var margin in lines.Where(l => l.IsMargin && IsMarginOwner(l) && !tableActionBlocks.Contains(l.Block)))
        {
            if (rowsWithMarkers.Contains((margin.Block, margin.Row))) continue;
            var prose = lines.Where(l => l.Block == margin.Block && l.Row == margin.Row && !l.IsMargin).ToList();
            if (prose.Count == 0) continue;
            // The paragraph the initials sit beside: the last paragraph of the row's prose.
            var startIdx = prose.FindLastIndex(l => l.StartsBlock);
            var text = string.Join(" ", prose.Skip(Math.Max(0, startIdx)).Select(l => l.Text));
            // A note beside a numbered point (its own minute number) or a matter opening with its topic ("Play Park The
            // swings …", "Bus shelter - the glass …") belongs to the whole point, as the point is the unit the clerk
            // annotates; beside plain prose, initials sit level with the paragraph's last line, which is the action.
            // In a table row the minute reference may open the row's text ("05.18.07 Check the insurance"): the action cites it.
            string? reference = null;
            if (margin.Row >= 0 && MinuteReference.Leading(text) is { } cited) (reference, text) = cited;
            else if (Lexicon.NumberedLineReader.Read(text) is { } n && n.Rest.Length > 0) text = n.Rest;
            else if (!OpensWithTopic(text) && Sentences(text).ToList() is { Count: > 1 } sentences) text = sentences[^1];
            yield return new RawAction(text, margin.Text.TrimEnd('.'), null, reference, margin.Index);
        }
    }

    // Margin owners are initials or names; "All" against a whole block of notes, a status or "None" is not an owner.
    private static bool IsMarginOwner(string text) =>
        ActionOwnerWords.IsOwnerOnly(text) && !ActionOwnerWords.IsNotOwner(text) && !ActionOwnerWords.IsEveryone(text);

    // A note printed beside a paragraph (not a table column) may also name a role or councillors; remarks are not owners.
    private static bool IsMarginOwner(DocLine margin) => margin.Row >= 0 ? IsMarginOwner(margin.Text) || JoinedInitials(margin.Text) : MarginOwner.Is(margin.Text);

    // An owner column's lines joined by PDF text ("CF NO" for "CF⏎NO"): each word the initials of one owner.
    private static bool JoinedInitials(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 and <= MaxJoinedOwners } words
        && words.All(w => w.Length is >= 2 and <= 4 && w.All(char.IsUpper) && IsMarginOwner(w));

    /// <summary>At most this many owners' initials share one owner cell.</summary>
    private const int MaxJoinedOwners = 4;

    private static IEnumerable<string> Sentences(string text) => Text.SentenceSplitter.Split(text);

    // A marker opening its own paragraph ("Action 3: Ann to join the talks. Bob to report back …") marks the paragraph: the
    // task runs to its end, or to the deadline or owner written after it ("Due: …", "Ann by 3 May").
    private static string ParagraphTask(string text)
    {
        var sentences = Sentences(text).ToList();
        var take = sentences.TakeWhile(s => !ActionMarkers.DueLabel().IsMatch(s) && !IsOwnerAndDue(s)).Count();
        return string.Join(" ", sentences.Take(Math.Max(1, take)));
    }

    private static bool IsOwnerAndDue(string sentence) =>
        ActionOwnerWords.OwnerThenDue(sentence) is { } tail && tail.Length >= sentence.TrimEnd().Length;

    private static string FirstSentence(string text)
    {
        var m = Text.SentenceSplitter.End().Match(text);
        return m.Success ? text[..(m.Index + 1)].Trim() : text.Trim();
    }

    [GeneratedRegex(@"[.!?;:]\s*$")]
    private static partial Regex SentenceClosed();

    // A name with its honorific ("Dr Ann Lee said …") opens a sentence, not a topic.
    private static bool OpensWithTopic(string text) =>
        TopicLead().IsMatch(text) && !Attendance.PersonNames.IsHonorific(text.Split(' ', 2)[0].TrimEnd('.'));

    // A matter's topic before its text: two words in capitals ("Play Park The …"; not a sentence opening "The Chair …") or a
    // short lead-in before a dash.
    [GeneratedRegex(@"^(?:(?!(?:The|A|An|This|That|These|Those|There|It|Its|Our|Their|His|Her)\s)(?:\p{Lu}[\p{L}’'-]*|\d+)\s+(?:(?:and|of|&)\s+)?(?:\p{Lu}|\d)|[^.!?]{3,60}?\s[–—-]\s)")]
    private static partial Regex TopicLead();

    private static string Normalise(string text) => Regex.Replace(text.ToLowerInvariant(), @"\W+", " ").Trim();








}
