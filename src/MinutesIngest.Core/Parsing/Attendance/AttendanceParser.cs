using System.Text.RegularExpressions;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>Finds the people recorded at a meeting: attendance tables, labelled lists, attendance sentences and header role fields.</summary>
public sealed partial class AttendanceParser
{
    public List<Attendee> Parse(SourceDocument doc, IReadOnlyList<DocLine> lines)
    {
        var people = new List<Attendee>();
        var noteTakers = new List<string>();
        var tableBlocks = new HashSet<int>();
        var bareInAttendance = false;
        for (var b = 0; b < doc.Blocks.Count; b++)
        {
            if (doc.Blocks[b] is not TableBlock t) continue;
            // A table right after an attendance label takes that label's status.
            // A PDF may set the table's column headings ("S.No Name", "Designation") apart from it, between label and rows.
            var above = b - 1;
            while (above > 0 && b - above <= AttendanceLabels.MaxDetachedHeadings && doc.Blocks[above] is not TableBlock && AttendanceLabels.IsColumnHeadings(BlockText.Of(doc.Blocks[above]))) above--;
            var labelStatus = above >= 0 && doc.Blocks[above] is not TableBlock && BlockText.Of(doc.Blocks[above]).Split('\n')[^1] is { } prev
                && AttendanceLabels.Match(prev, isHeading: true) is { } l ? l.Status : null;
            var fromTable = InitialsColumnReader.Read(t);
            if (fromTable.Count == 0) fromTable = GroupColumnTableReader.Read(t);
            if (fromTable.Count == 0) fromTable = LabelColumnTableReader.Read(t);
            if (fromTable.Count == 0) fromTable = AttendanceTableReader.Read(t, labelStatus ?? AttendanceStatus.Present);
            if (fromTable.Count == 0 && labelStatus != null) fromTable = AttendanceTableReader.ReadUnlabelled(t, labelStatus);
            if (fromTable.Count == 0) continue;
            people.AddRange(fromTable);
            tableBlocks.Add(b);
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (tableBlocks.Contains(line.Block)) continue;
            var fromHeading = line.Origin == LineOrigin.Heading;
            var label = ColumnHeading(lines, i) ? null : AttendanceLabels.Match(line.Text, fromHeading);
            if (label is { } l)
            {
                bareInAttendance |= AttendanceLabels.IsBareInAttendance(line.Text);
                // A label set as a heading with its people on the same line ("Present: Cllr A Lee (Chair)", often a scan's
                // bold line) is read like a label line.
                if (fromHeading && l.Text.Length == 0)
                {
                    // A heading-led group runs to the next heading or numbered item (the first item of the minutes
                    // when the heading only titled a table); notes between the names are passed over.
                    // Once people have been found, a line of prose ends the group.
                    var j = i + 1;
                    var found = false;
                    var status = l.Status;
                    for (; j < lines.Count && (lines[j].Origin != LineOrigin.Heading || SubgroupHeading(line, lines[j]) || SameLevelGroup(lines, line, j))
                           && (!OpensItem(lines[j]) || NumberedName(lines[j])); j++)
                        if (lines[j].Origin == LineOrigin.Heading) status = SubgroupStatus(l.Status, lines[j].Text);
                        else if (tableBlocks.Contains(lines[j].Block)) found = true;
                        else if (AttendanceLabels.Match(lines[j].Text) == null)
                        {
                            var text = AttendanceVocabulary.WithoutListLeadIn(NumberedPersonText(lines[j]) ?? lines[j].Text);
                            if (found && lines[j].Origin == LineOrigin.ListItem
                                && (CarelessCaseName.Read(text) ?? OrganisationLead.AfterCode(text, CarelessCaseName.Read)) is { } careless)
                            {
                                AddAll(people, [careless], status, l.Role);
                                continue;
                            }
                            if (InitialsEntry(lines, j) is { } initialled)
                            {
                                AddAll(people, [initialled], status, l.Role);
                                found = true;
                                continue;
                            }
                            // A note closing one subgroup ("Quorum: yes") does not end the record when another subgroup follows.
                            if (found && !LooksLikeListLine(text) && !AllNames(text))
                            {
                                if (j + 1 < lines.Count && lines[j + 1].Origin == LineOrigin.Heading && SubgroupHeading(line, lines[j + 1])) continue;
                                break;
                            }
                            if (IsProse(text)) continue;
                            var entries = ParseEntries(text, preferList: lines[j].Origin != LineOrigin.ListItem && AllNames(text));
                            AddAll(people, entries, status, l.Role);
                            found |= entries.Count > 0;
                        }
                        else break;
                    i = j - 1;
                    continue;
                }
                // "Commissioners present: A, B and C were present." closes the list with the verb the label already gave.
                var rest = l.Text.Length > 0 ? l.Text : SameRowValue(lines, i);
                if (AttendanceVocabulary.IsNobody(TrailingPresentVerb().Replace(rest, ""))) continue;
                // "… B Royle and C" above "Sedgwick, also E Upton": a list a line wrap broke after an initial or "and" goes on in
                // the next paragraph.
                // "…, Eve Pole, Ann" above "Hart, Bob Rae.": a first name whose surname the wrap carried over does too.
                if (rest.Length > 0 && i + 1 < lines.Count && (DanglingEnd().IsMatch(rest) || DanglingFirstName().IsMatch(rest) && SurnameGoesOn().IsMatch(lines[i + 1].Text))
                    && lines[i + 1] is { Origin: LineOrigin.Paragraph, Row: < 0, Number: null } wrapped
                    && !OpensItem(wrapped) && AttendanceLabels.Match(wrapped.Text) == null && wrapped.Text.TrimStart() is { Length: > 0 } goesOn && char.IsUpper(goesOn[0]))
                {
                    rest += " " + wrapped.Text.Trim();
                    i++;
                }
                // "…, Mrs B Cole Honorary Clerk" above "(BC)": the last entry's short form, carried alone to the next line.
                else if (rest.Length > 0 && i + 1 < lines.Count && lines[i + 1] is { Origin: LineOrigin.Paragraph, Row: < 0, Number: null } initials
                         && IsBracketedInitials(initials.Text) && !rest.TrimEnd().EndsWith(')'))
                {
                    rest += " " + initials.Text.Trim();
                    i++;
                }
                // "Present: A, B and C were present. D was also present.": the plural verb closes the list, and the sentences
                // after it are read on their own.
                var afterList = "";
                if (ClosingPresentVerb().Match(rest) is { Success: true } closing)
                {
                    afterList = rest[(closing.Index + closing.Length)..].Trim();
                    rest = rest[..closing.Index];
                }
                rest = TrailingPresentVerb().Replace(rest, "");
                // "APOLOGIES FOR ABSENCE: were received from Cllr A and Cllr B." is a sentence, not a list.
                if (rest.Length > 0 && ((char.IsLower(rest[0]) && HandleList.Read(rest) == null) || ReceivedFrom().IsMatch(rest)))
                {
                    var from = FromNames().Match(rest);
                    if (from.Success) AddAll(people, ParseEntries(from.Groups["names"].Value, preferList: true), l.Status, l.Role);
                    continue;
                }
                // "Present: Members: Ann Lee, Bob Cole": a group label right after the label names the group its list belongs to;
                // it gives the status only under a plain "Present".
                if (rest.IndexOf(':') is > 0 and var inner && AttendanceVocabulary.IsGroupLabel(rest[..inner])
                    && rest[..inner].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3)
                {
                    var group = rest[..inner];
                    rest = rest[(inner + 1)..].Trim();
                    if (l.Status == AttendanceStatus.Present) l = (AttendanceVocabulary.StatusOf(group), l.Text, l.Role ?? AttendanceVocabulary.GroupRole(group));
                }
                if (rest.Length > 0)
                {
                    // Groups run together on one line ("Present: A, B Apologies: C") part where the next label starts.
                    for (var inline = AttendanceLabels.Inline(rest); inline is { } next; inline = AttendanceLabels.Inline(rest))
                    {
                        var own = rest[..next.Index].Trim().TrimEnd(',', ';');
                        rest = next.Text;
                        if (AttendanceVocabulary.IsNobody(own)) { l = (next.Status, "", next.Role); continue; }
                        AddAll(people, ParseEntries(own, preferList: true), l.Status, l.Role);
                        l = (next.Status, "", next.Role);
                    }
                    if (AttendanceVocabulary.IsNobody(rest)) continue;
                    AddAll(people, ParseEntries(rest, preferList: true), l.Status, l.Role);
                    // An attendance sentence may follow the list: "…, 4 members of the public. Ann Lee was present for part of the meeting."
                    foreach (var (status, names) in AttendanceSentences(rest))
                        AddAll(people, ParseEntries(names, preferList: true), status);
                    foreach (var (status, names) in AttendanceSentences(afterList))
                        AddAll(people, ParseEntries(names, preferList: true), status);
                }
                // A long list whose line breaks became paragraphs (as PDFs give) runs on into the next paragraphs.
                if (rest.Length > 0 && RunOnList(lines, i, rest) is { } runOn)
                {
                    foreach (var text in runOn.Texts) AddAll(people, ParseEntries(text, preferList: true), l.Status, l.Role);
                    i = runOn.Last;
                    continue;
                }
                if (rest.Length == 0 && JoinedOfficerList(lines, i) is { } officers)
                {
                    AddAll(people, officers.Entries, l.Status, l.Role);
                    i = officers.Last;
                    continue;
                }
                // "Attendees:" over "Board", "1. Ann Lee, Chair", …, "Staff", "5. Bob Cole, Clerk": a numbered roll whose numbers
                // run on under each group's name.
                if (rest.Length == 0 && NumberedRoll(lines, i, l) is { } roll)
                {
                    people.AddRange(roll.People);
                    i = roll.Last;
                    continue;
                }
                // Entries on the following lines, one per line, until something that is not a person.
                var afterGroupName = false;
                var labelAt = i;
                for (var j = i + 1; j < lines.Count && j < i + 60; j++)
                {
                    var next = lines[j];
                    // "Attendees:" then "Developers" over a bulleted list, "Client" over another: a short line naming a group,
                    // with the group's names listed under it, leaves the list going on.
                    if (rest.Length == 0 && GroupNameOverList(lines, j))
                    {
                        afterGroupName = true;
                        continue;
                    }
                    var listGoesOn = afterGroupName && next.Origin == LineOrigin.ListItem;
                    afterGroupName = false;
                    // "101 – Ann Lee": a unit or member number before the name is that person's descriptor, one entry a line.
                    if (rest.Length == 0 && CodedPeople(next) is { } coded)
                    {
                        AddAll(people, coded, l.Status, l.Role);
                        i = j;
                        continue;
                    }
                    if (rest.Length > 0 && next.StartsBlock && next.Block != line.Block && !LooksLikeListLine(next.Text)) break;
                    // "Attendees:" over "1. Ann Lee (al)", "2. Bob Ray": a roll numbered in the text, one paragraph a person.
                    // The roll counts from 1 right under the label ("1. Attendees" over "2. Previous actions" is a contents list).
                    var numberedPerson = rest.Length == 0 && next.Origin == LineOrigin.Paragraph
                        && Lexicon.NumberedLineReader.Read(next.Text) is { Parts: [var rollNumber] } && rollNumber == j - labelAt ? NumberedPersonText(next) : null;
                    // A new block ends the group unless the group is a run of list items.
                    if (next.Block != lines[j - 1].Block && !listGoesOn && !(next.Origin == LineOrigin.ListItem && (j == i + 1 || lines[j - 1].Origin == LineOrigin.ListItem))
                        && !((rest.Length == 0 || (OnePersonOnLabelLine(rest) && SameNameForm(rest, next.Text))) && next.Origin != LineOrigin.Heading && !tableBlocks.Contains(next.Block) && IsFullNameEntry(numberedPerson ?? next.Text))
                        // A label on its own line with the names in the next paragraph: "Present:" then "A (X); B (Y); C (Z)".
                        && !(rest.Length == 0 && j == i + 1 && next.Origin == LineOrigin.Paragraph && ReadsAsList(AttendanceVocabulary.WithoutListLeadIn(next.Text)))) break;
                    if (AttendanceLabels.Match(next.Text) != null || HeaderRoleFields.Match(next.Text) != null || OtherLabel(next.Text)) break;
                    if (numberedPerson == null && (next.Number != null || Lexicon.NumberedLineReader.Read(next.Text) is { Scheme: Lexicon.NumberScheme.Decimal })) break;
                    if (ReadsAsProse(numberedPerson ?? next.Text)) break;
                    // "Previous Issues" over "1. Presentation …": a line directly above a numbered list titles that list.
                    if (next.Origin == LineOrigin.Paragraph && j + 1 < lines.Count && lines[j + 1] is { Origin: LineOrigin.ListItem, Number: { } listNumber }
                        && listNumber.Any(char.IsDigit)) break;
                    var entries = ParseEntries(numberedPerson ?? next.Text, preferList: false);
                    // A name typed in lower case among the bulleted names is one more of them.
                    if (entries.Count == 0 && next.Origin == LineOrigin.ListItem && j > labelAt + 1 && lines[j - 1].Origin == LineOrigin.ListItem
                        && CarelessCaseName.Read(next.Text) is { } careless) entries = [careless];
                    if (entries.Count == 0) break;
                    AddAll(people, entries, l.Status, l.Role);
                    i = j;
                }
                continue;
            }
            foreach (var (status, names) in AttendanceSentences(line.Text))
                AddAll(people, ParseEntries(names, preferList: true), status);
            if (NoteTaker().Match(line.Text) is { Success: true } taker) noteTakers.Add(taker.Groups["name"].Value);
            // "Taken by Ann Lee", "Meeting chaired by Ann Lee & Bob Ray": who took the minutes or the chair was there too.
            else if (line.Index < 40 && MeetingVocabulary.TakenOrChairedBy(line.Text) is { Success: true } by)
                noteTakers.AddRange(by.Groups["name"].Captures.Select(c => c.Value));
        }

        ApplyHeaderFields(people, lines);
        RunTogetherRoles.Separate(people);
        // A list of names with e-mail addresses ("Ann Lee | ann@example.org") gives how to reach each person, not a role; a
        // clock time beside a name ("Ann (7:45pm)") is when the person came or left.
        for (var k = 0; k < people.Count; k++)
            if (people[k].Role is { } r && (EmailAddress().IsMatch(r) || Text.TimeFinder.IsTimeOnly(r))) people[k] = people[k] with { Role = null };
        var result = Consolidate(people);
        // "In attendance:" as the minutes' only list of people is the list of those who attended, not a group of officers
        // beside the members present.
        if (bareInAttendance && result.Count > 0 && result.TrueForAll(p => p.Status != AttendanceStatus.Present))
            result = [.. result.Select(p => p.Status == AttendanceStatus.InAttendance ? p with { Status = AttendanceStatus.Present } : p)];
        // With no attendance record anywhere, the officers printed at the head are the record of who sat.
        if (result.Count == 0) result = HeaderRoster.Read(lines);
        ApplyIntroducedShortForms(result, lines);
        AddNoteTakers(result, noteTakers);
        return result;
    }

    // "@alee moderated, and @bray took notes.", "Ann Lee chaired; Bob Ray took the minutes.": the person who took the notes
    // attended the meeting, though the list of attendees often leaves them out. One written as a handle stays a handle.
    private static void AddNoteTakers(List<Attendee> people, List<string> noteTakers)
    {
        foreach (var taker in noteTakers)
        {
            var isHandle = taker.StartsWith('@');
            if (isHandle && people.Exists(p => string.Equals(p.Abbreviation, taker, StringComparison.OrdinalIgnoreCase))) continue;
            if (FindPerson(people, taker.TrimStart('@')) >= 0) continue;
            if (isHandle) people.Add(new Attendee { Name = taker, Status = AttendanceStatus.Present });
            else if (PersonEntryParser.ParseOne(taker) is { } e && PersonNames.CoreTokens(e.Name).Count >= 2)
                people.Add(new Attendee { Name = e.Name, Role = e.Role, Abbreviation = e.Abbreviation, Status = AttendanceStatus.Present });
        }
    }

    // A labelled list whose text ends with a comma goes on in the next paragraph; a paragraph that is itself a run of three or
    // more full names continues it too unless the list closed with a full stop. The run ends at a heading, a numbered item or
    // another label. Null when nothing runs on.
    private static (List<string> Texts, int Last)? RunOnList(IReadOnlyList<DocLine> lines, int label, string rest)
    {
        var texts = new List<string>();
        var open = rest.TrimEnd().EndsWith(',');
        var closed = rest.TrimEnd().EndsWith('.');
        var last = label;
        for (var j = label + 1; j < lines.Count && j <= label + 30; j++)
        {
            var next = lines[j];
            var text = next.Text.Trim();
            // A label line set as a heading (a bold line of a PDF) keeps its list in lines set the same way.
            var sameHeading = next.Origin == LineOrigin.Heading && lines[label].Origin == LineOrigin.Heading && next.Level == lines[label].Level && open;
            if ((next.Origin == LineOrigin.Heading && !sameHeading) || next.Row >= 0 || OpensItem(next) || next.Number != null
                || AttendanceLabels.Match(text) != null || HeaderRoleFields.Match(text) != null || OtherLabel(text)) break;
            if (!open && (closed || !FullNames(text))) break;
            if (ParseEntries(text, preferList: true).Count == 0) break;
            texts.Add(text);
            last = j;
            open = text.EndsWith(',');
            closed = text.EndsWith('.');
        }
        return texts.Count > 0 && lines[last].Block != lines[label].Block ? (texts, last) : null;
    }

    private static bool FullNames(string text)
    {
        var pieces = PersonEntryParser.SplitTopLevel(FullStopNames.Separate(text)).Select(p => p.Trim().TrimEnd('.')).Where(p => p.Length > 0).ToList();
        return pieces.Count >= 3 && pieces.All(p => PersonNames.LooksLikeName(p) && PersonNames.CoreTokens(p).Count >= 2);
    }

    // Groups of members under an attendance heading ("## Attendance", "### Voting members", "### Observers") are its
    // subheadings: deeper, unnumbered and not an attendance label of their own, which would open a group of its own.
    // "### Others mentioned in these minutes" lists people the text names, who need not have come: it ends the record.
    private static bool SubgroupHeading(DocLine label, DocLine heading) =>
        heading.Level > label.Level && label.Level > 0 && heading.Number == null
        && Lexicon.NumberedLineReader.Read(heading.Text) == null && AttendanceLabels.Match(heading.Text, isHeading: true) == null
        && !OnlyNamed().IsMatch(heading.Text);

    [GeneratedRegex(@"\b(?:mentioned|referred\s+to|named|cited|quoted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyNamed();

    // A subgroup of those present named as guests ("### Observers and non-voting participants") attended without being
    // members; a subgroup under apologies or absences keeps its parent's status.
    private static string SubgroupStatus(string parent, string heading) =>
        parent == AttendanceStatus.Present ? AttendanceVocabulary.StatusOf(heading) : parent;

    // A PDF sets every bold line as a heading of one level, so the group names under "Those present" ("Residents' Association",
    // "Staff") come out level with it: such a line counts as a group when it has a group name's shape, a person entry with a
    // full name ("Ann Lee, Chair") follows it, and the line above it is the label or a person of the group before.
    private static bool SameLevelGroup(IReadOnlyList<DocLine> lines, DocLine label, int j) =>
        lines[j].Level == label.Level && j + 1 < lines.Count && (ReferenceEquals(lines[j - 1], label) || IsPersonLine(lines[j - 1]))
        && IsPersonLine(lines[j + 1]) && AttendanceLabels.Match(lines[j].Text, isHeading: true) == null && GroupNameLine.HasShape(lines[j], 6);

    private static bool IsPersonLine(DocLine line) =>
        line.Origin != LineOrigin.Heading && line.Number == null && !line.Text.TrimEnd().EndsWith(':')
        && (OrganisationLead.Split(line.Text) is { } lead ? PersonEntryParser.SplitTopLevel(lead.People).First() : line.Text) is var person
        && IsFullNameEntry(person) && PersonNames.LooksLikeName(person.Split('(', ',')[0].Trim());

    // A numbered list of names under an attendance heading ("1. Ann Lee", "2. Bob Cole") lists people, not items.
    private static bool NumberedName(DocLine line) => NumberedPersonText(line) != null;

    // The entry of a numbered person: a list item's text, or a paragraph's text after its printed number ("10. Ann Lee  Chair",
    // as a PDF gives a numbered roll); null when the line is not a numbered person.
    private static string? NumberedPersonText(DocLine line)
    {
        var text = line.Origin == LineOrigin.ListItem ? line.Text
            : line.Origin == LineOrigin.Paragraph && line.Row < 0 && Lexicon.NumberedLineReader.Read(line.Text) is { Scheme: Lexicon.NumberScheme.Decimal, Parts.Count: 1 } n
                ? n.Rest : null;
        return text != null && PersonEntryParser.ParseLine(text) is { } e && PersonNames.CoreTokens(e.Name).Count >= 2 && text.Length < 60 ? text : null;
    }

    // The people of a line led by a code ("101 – Ann Lee", "12 – Dev and Eve Tait"), the code as their role; null when the line
    // is not such an entry or a part of it is not a full name.
    private static List<PersonEntry>? CodedPeople(DocLine line)
    {
        if (line.Number != null || line.Origin == LineOrigin.Heading || CodedEntry.Read(line.Text) is not { } coded) return null;
        var entries = ParseEntries(coded.Entry, preferList: true);
        return entries.Count > 0 && entries.TrueForAll(e => PersonNames.CoreTokens(e.Name).Count >= 2)
            ? [.. entries.Select(e => e with { Role = e.Role ?? coded.Code })] : null;
    }

    // The people of a numbered roll printed as paragraphs under a label line, with the status of any further label in it;
    // null when the lines after the label are not such a roll (a table's roll is read from the table).
    private static (List<Attendee> People, int Last)? NumberedRoll(IReadOnlyList<DocLine> lines, int label, (string Status, string Text, string? Role) l)
    {
        var run = NumberedPeopleList.RollAfter(lines, label);
        if (run.Count == 0 || run.Exists(j => lines[j].Row >= 0)) return null;
        var people = new List<Attendee>();
        foreach (var j in run)
        {
            if (AttendanceLabels.Match(lines[j].Text, lines[j].Origin == LineOrigin.Heading) is { Text.Length: 0 } group) l = group;
            else if (Lexicon.NumberedLineReader.Read(lines[j].Text, lines[j].Number) is { Scheme: Lexicon.NumberScheme.Decimal } n)
                AddAll(people, ParseEntries(n.Rest, preferList: false) is { Count: > 0 } entries ? entries
                    : CarelessCaseName.Read(n.Rest) is { } careless ? [careless] : [], l.Status, l.Role);
        }
        return (people, run[^1]);
    }

    // A group's name on its own short line ("Developers", "Client (Airline)") directly over a bulleted list of names; not a name,
    // a label or a sentence itself.
    private static bool GroupNameOverList(IReadOnlyList<DocLine> lines, int j)
    {
        var line = lines[j];
        if (line.Origin != LineOrigin.Paragraph || j + 1 >= lines.Count || !GroupNameLine.HasShape(line, MaxGroupNameWords)) return false;
        var text = line.Text.Trim().TrimEnd(':');
        if (AttendanceLabels.Match(line.Text) != null || (text.Contains(' ') && PersonNames.LooksLikeName(text))) return false;
        var below = lines[j + 1];
        return below.Origin == LineOrigin.ListItem && below.Number == null && !below.Text.TrimEnd().EndsWith(':') && IsFullNameEntry(below.Text);
    }

    private const int MaxGroupNameWords = 5;

    // One person's entry with a full name before any bracket or comma ("Ann Lee (Chair)"), not a first name or a word.
    // "Ann Lee (Chair)", and "Mr. Otieno": a title before a surname names one person as surely as a full name does.
    private static bool IsFullNameEntry(string text) =>
        LooksLikeListLine(text) && text.Split('(', ',')[0] is var name
        && (PersonNames.CoreTokens(name).Count >= 2 || (name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var title, var surname, ..] && PersonNames.IsHonorific(title) && char.IsUpper(surname[0])));

    // "PRESENT:  Cllr A Lee  Chairman" over "Cllr B Cole", "Cllr C Dee": a label column whose first person shares the label's
    // line and the rest stand one a line beneath it, as council minutes set their attendance; each line a PDF gives as its own
    // paragraph still belongs to the list.
    private static bool OnePersonOnLabelLine(string rest) =>
        IsFullNameEntry(rest) && ParseEntries(rest, preferList: true).Count == 1;

    // The names of one column are written one way: each opened by a title ("Cllr B Cole"), by an initial ("B. Cole")
    // or neither. A name written another way beside the list (a sidebar of the letterhead) is not one of them.
    private static bool SameNameForm(string first, string next) => NameForm(first) == NameForm(next);

    private static int NameForm(string text)
    {
        var word = text.TrimStart().Split(' ', 2)[0];
        return PersonNames.IsHonorific(word) || RoleWords.SingularOffice(word.TrimEnd('.')) != null ? 1 : word.TrimEnd('.').Length == 1 ? 2 : 0;
    }

    // A sentence ("All participants recorded their attendance …") between the heading and the names is a note, not people.
    private static bool IsProse(string text) =>
        Bracketed().Replace(text, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(t => char.IsLower(t[0]) && t is not ("and" or "of" or "for")) >= 5;

    private static bool ReadsAsList(string text)
    {
        var pieces = PersonEntryParser.SplitTopLevel(text).Count(p => p.Trim().Length > 0);
        return pieces >= 3 && PersonEntryParser.ParseList(text).Count * 2 >= pieces;
    }

    // Officer lists written role first ("Director of Services (Mr. P. Quill), Senior Engineer (Ms. A. Lee)") often wrap over
    // several lines of plain text; the lines up to the one ending in a full stop are read as one list.
    private static (List<PersonEntry> Entries, int Last)? JoinedOfficerList(IReadOnlyList<DocLine> lines, int label)
    {
        var text = "";
        for (var j = label + 1; j < lines.Count && j <= label + 10; j++)
        {
            var t = lines[j].Text.Trim();
            if (lines[j].Origin == LineOrigin.Heading || AttendanceLabels.Match(t) != null || OpensItem(lines[j])) return null;
            text = text.Length == 0 ? t : text + " " + t;
            if (!t.EndsWith('.')) continue;
            var pieces = PersonEntryParser.SplitTopLevel(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            return RoleThenNameList.Read(pieces) is { Count: >= 2 } entries ? (entries, j) : null;
        }
        return null;
    }

    private static bool OpensItem(DocLine line) =>
        line.StartsBlock && line.Row < 0
        && Lexicon.NumberedLineReader.Read(line.Text, line.Number)?.Scheme is Lexicon.NumberScheme.Decimal or Lexicon.NumberScheme.Roman
            or Lexicon.NumberScheme.Slash or Lexicon.NumberScheme.Labelled;

    private static string SameRowValue(IReadOnlyList<DocLine> lines, int i)
    {
        var line = lines[i];
        if (line.Row < 0) return "";
        return string.Join(", ", lines.Where(l => l.Block == line.Block && l.Row == line.Row && l.Column > line.Column).Select(l => l.Text));
    }

    private static bool AllNames(string text)
    {
        var pieces = PersonEntryParser.SplitTopLevel(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        return pieces.Count >= 2 && pieces.All(PersonNames.LooksLikeName);
    }

    // "Ann Lee moved to approve the agenda": a name and words in lower case with no comma, bracket or dash between them is a
    // sentence about the person, and a list written one name a line has ended (a role after a name is role words).
    private static bool ReadsAsProse(string text) =>
        text.IndexOfAny([',', '(', '–', '-', ':', '[']) < 0
        && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(t => char.IsLower(t[0]) && !Lexicon.RoleWords.IsDescriptor(t.Trim('.', ','))
                                                                             && !PersonNames.IsParticle(t)) >= 2;

    // "Present: Ann Tom Raj Ken": first names or handles parted by spaces alone, as chat and wiki minutes list them. Four or
    // more single words with no initial or particle are not one person's name.
    private static List<PersonEntry>? SpaceSeparatedNames(string text)
    {
        var tokens = text.Trim().TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 4 || text.IndexOfAny([',', ';', '/', '&', '(', '-', '–', ':']) >= 0) return null;
        if (!tokens.All(t => t.Length >= 2 && char.IsUpper(t[0]) && t.Skip(1).All(char.IsLower) && !RoleWords.IsDescriptor(t) && !RoleWords.IsHonorific(t)))
            return null;
        return tokens.Select(t => new PersonEntry(t, null, null)).ToList();
    }

    [GeneratedRegex(@"(?:^|[.;]\s+)(?<name>(?!(?:It|This|That|There|Nobody|No)\b)(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]+)\s+was\s+(?:also\s+)?in\s+attendance(?:\s+(?:for|from|representing|on\s+behalf\s+of)\s+(?<org>[A-Z][^.;,]{1,60}?))?(?=\s*(?:[.;,]|$))")]
    private static partial Regex WasInAttendance();

    [GeneratedRegex(@"^\s*[-*•]\s+(?=\p{Lu})")]
    private static partial Regex TypedBullet();

    // A list cut off after a lone initial ("… and C"), a joining word ("… Ann Lee and") or a comma; an initial with its full stop
    // ("Carl D.") may end a name and does not count.
    [GeneratedRegex(@"(?:[\s,]\p{Lu}|\s(?:and|&)|,)$")]
    private static partial Regex DanglingEnd();

    [GeneratedRegex(@"^\S+@\S+\.\p{L}{2,}$")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@",\s*\p{Lu}\p{Ll}[\p{Ll}’'-]*$")]
    private static partial Regex DanglingFirstName();

    [GeneratedRegex(@"^\s*\p{Lu}[\p{Ll}’'-]+(?:[,.]|\s+(?:and|&)\s)")]
    private static partial Regex SurnameGoesOn();

    // "- HA - Chair", "- JC": members listed by their initials alone, one per bullet, as small boards and teams write them. A bullet
    // beside another of the same shape is taken, so a lone acronym under the heading is not read as a person; a code before a
    // full name ("DE: Ann Lee") leads that person.
    private static PersonEntry? InitialsEntry(IReadOnlyList<DocLine> lines, int j)
    {
        if (InitialsBullet(lines[j]) is not { } m) return null;
        var beside = (j > 0 && InitialsBullet(lines[j - 1]) != null) || (j + 1 < lines.Count && InitialsBullet(lines[j + 1]) != null);
        return beside ? new PersonEntry(m.Groups["initials"].Value, m.Groups["role"].Success ? m.Groups["role"].Value.Trim() : null, null) : null;
    }

    private static Match? InitialsBullet(DocLine line) =>
        line.Origin == LineOrigin.ListItem && InitialsLine().Match(line.Text.Trim()) is { Success: true } m
        && !Lexicon.RoleWords.RoleAcronyms.Contains(m.Groups["initials"].Value) && OrganisationLead.Split(line.Text) == null ? m : null;

    [GeneratedRegex(@"^(?<initials>\p{Lu}{2,4})(?:\s*[-–—:,]\s*(?<role>\p{L}[\p{L} ]{1,30}))?$")]
    private static partial Regex InitialsLine();

    // "Members / Eligible for / April meeting" over a register of dated columns: the first words of a header cell that goes on
    // in the same cell, without the colon a label puts before its people, head a column; they open no group of people.
    private static bool ColumnHeading(IReadOnlyList<DocLine> lines, int i) =>
        lines[i] is { Row: 0, StartsBlock: true } cell && !cell.Text.TrimEnd().EndsWith(':') && i + 1 < lines.Count
        && lines[i + 1] is { Row: 0 } next && next.Block == cell.Block && next.Column == cell.Column
        && lines.Any(l => l.Block == cell.Block && l.Row == 0 && l.Column >= 2);

    // A line holding nothing but a short form in brackets ("(BC)").
    private static bool IsBracketedInitials(string text) =>
        text.Trim() is ['(', .. var inner, ')'] && PersonEntryParser.IsAbbreviation(inner);

    // An organisation's line lists all its people ("Acme: Ann Lee (Primary), Bob Ray (Alternate), …"), however long.
    private static bool LooksLikeListLine(string text) =>
        (text.Length < 80 || OrganisationLead.Split(text) != null) && PersonEntryParser.ParseLine(AttendanceCheckbox.Split(text).Entry) != null;

    private static List<PersonEntry> ParseEntries(string text, bool preferList)
    {
        // "- Ann Lee": a bullet typed into the text, as plain-text and web minutes write lists inside one paragraph.
        text = AttendanceVocabulary.WithoutProxyLead(TypedBullet().Replace(AttendanceVocabulary.WithoutListLeadIn(text), ""));
        if (OrganisationLead.Split(text) != null) return PersonEntryParser.ParseList(text);
        var (rest, ticked) = AttendanceCheckbox.Split(text);
        if (ticked != null)
            return PersonEntryParser.ParseLine(rest) is { } boxed ? [boxed with { Status = boxed.Status ?? ticked }] : [];
        if (preferList && SpaceSeparatedNames(text) is { } names) return names;
        var separated = PersonEntryParser.SeparateRunTogether(text);
        // Entries run together on one line are a list even when there are only two of them.
        if (separated != text) return PersonEntryParser.ParseList(separated);
        var pieces = PersonEntryParser.SplitTopLevel(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (!preferList && pieces.Count <= 2 && !EachWithOwnInitials(pieces) && !(pieces.Count > 0 && PersonEntryParser.SharedRoleFirst(pieces[0]) != null))
            return PersonEntryParser.ParseLine(text) is { } one ? [one] : [];
        return PersonEntryParser.ParseList(text);
    }

    // "Ann Lee (AL), Bob Cole (BC)": a second piece carrying its own initials is a second person, not a descriptor.
    private static bool EachWithOwnInitials(List<string> pieces) =>
        pieces.Count == 2 && pieces.TrueForAll(p => PersonEntryParser.ParseOne(p) is { Abbreviation: { } a } e && PersonNames.MatchesInitials(e.Name, a));

    // A role given by the group label ("Secretariat:", "Present in the chair:") wins over an organisation but not over a role.
    private static void AddAll(List<Attendee> people, IEnumerable<PersonEntry> entries, string status, string? groupRole = null)
    {
        foreach (var e in entries)
        {
            var role = groupRole != null && (e.Role == null || !PersonNames.LooksLikeDescriptor(e.Role) || PersonEntryParser.IsAbbreviation(e.Role)) ? groupRole : e.Role;
            people.Add(new Attendee { Name = e.Name, Role = role, Abbreviation = e.Abbreviation, Status = e.Status ?? status });
        }
    }

    private static IEnumerable<(string Status, string Names)> AttendanceSentences(string text)
    {
        foreach (Match m in ApologiesFrom().Matches(text)) yield return (AttendanceStatus.Apologies, m.Groups["names"].Value);
        foreach (Match m in WasPresent().Matches(text)) yield return (AttendanceStatus.Present, m.Groups["name"].Value);
        foreach (Match m in WasNotPresent().Matches(text)) yield return (AttendanceStatus.Absent, m.Groups["name"].Value);
        foreach (Match m in FollowingPresent().Matches(text)) yield return (AttendanceStatus.Present, m.Groups["names"].Value);
        foreach (Match m in WithNamesPresent().Matches(text)) yield return (AttendanceStatus.Present, m.Groups["names"].Value);
        foreach (Match m in Joined().Matches(text)) yield return (AttendanceStatus.InAttendance, m.Groups["names"].Value);
        foreach (Match m in PresentWere().Matches(text))
        {
            // "… present were surveyed for conflicts" is a passive verb, not a list: names or offices follow the verb.
            var first = AttendanceVocabulary.WithoutAttendanceMode(m.Groups["names"].Value).TrimStart(',', ' ').Split(' ', 2)[0];
            if (first.Length == 0 || !(char.IsUpper(first[0]) || RoleWords.SingularOffice(first) != null || RoleWords.IsOfficeEnd(first))) continue;
            // The words before the verb are the group's label: "Members present were …" lists members, "Also present were …" others.
            var label = AttendanceLabels.Match(m.Groups["label"].Value.Trim() + ":");
            yield return (label?.Status ?? AttendanceStatus.Present, m.Groups["names"].Value);
        }
        // "Ann Lee was in attendance for the managing agent": someone attending for an organisation, which describes them.
        foreach (Match m in WasInAttendance().Matches(text))
            yield return (AttendanceStatus.InAttendance, m.Groups["org"].Success ? $"{m.Groups["name"].Value} ({m.Groups["org"].Value.Trim()})" : m.Groups["name"].Value);
    }

    private static void ApplyHeaderFields(List<Attendee> people, IReadOnlyList<DocLine> lines)
    {
        // "Treasurer - Ann Lee" is an officer block only in the header, before the attendance list; later it is prose.
        var firstLabel = lines.Take(80).FirstOrDefault(l => AttendanceLabels.Match(l.Text, l.Origin == LineOrigin.Heading) != null)?.Index ?? 0;
        var numbered = 0;
        foreach (var line in lines.Take(80))
        {
            // The header ends where the minutes have moved past their first numbered item: "Treasurer: Ann Lee" further on is
            // a nominee or a report in the body, not an officer of the meeting.
            if (line.Row < 0 && (line.Number ?? NumberedLineReader.Read(line.Text)?.Number) != null && ++numbered >= 2) break;
            // Role fields inside a bullet outline are notes, not the header.
            if (line.Origin == LineOrigin.ListItem && line.Number == null) continue;
            var text = line.Text;
            if (line.Row >= 0 && line.Column == 0 && !text.Contains(':')) text = text + ": " + SameRowValue(lines, line.Index);
            foreach (var field in HeaderRoleFields.MatchAll(text, allowDash: line.Index < firstLabel)) ApplyHeaderField(people, field);
        }
    }

    private static void ApplyHeaderField(List<Attendee> people, (string Label, string? Role, string Value) field)
    {
        var value = field.Value;
        if (value.Contains(':') || value.Contains("__")) return;
        var pieces = PersonEntryParser.SplitTopLevel(value).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var entries = pieces.Count > 1 && pieces.All(PersonNames.LooksLikeName)
            ? pieces.Select(p => PersonEntryParser.ParseOne(p)).OfType<PersonEntry>().ToList()
            : PersonEntryParser.ParseLine(value) is { } one ? [one] : [];
        foreach (var e in entries)
        {
            var role = e.Role != null && !PersonEntryParser.IsAbbreviation(e.Role) ? e.Role : field.Role;
            var existing = FindPerson(people, e.Name);
            if (existing >= 0)
            {
                var p = people[existing];
                people[existing] = p with
                {
                    Name = PersonNames.CoreTokens(e.Name).Count > PersonNames.CoreTokens(p.Name).Count ? e.Name : p.Name,
                    // A role from a header field wins over an organisation given as the only descriptor.
                    Role = p.Role == null || (role != null && !PersonNames.LooksLikeDescriptor(p.Role)) ? role ?? p.Role : p.Role,
                };
            }
            else people.Add(new Attendee { Name = e.Name, Role = role, Abbreviation = e.Abbreviation, Status = AttendanceStatus.Present });
        }
    }

    // Minutes often introduce a person once with a short form ("Ann Lee (AL) presented …") and use it afterwards; that bracket
    // gives the short form of an attendee listed without one, when it is built from the name's initials.
    private static void ApplyIntroducedShortForms(List<Attendee> people, IReadOnlyList<DocLine> lines)
    {
        for (var i = 0; i < people.Count; i++)
        {
            if (people[i].Abbreviation != null || PersonNames.CoreTokens(people[i].Name).Count < 2) continue;
            var core = string.Join(' ', PersonNames.CoreTokens(people[i].Name));
            var pattern = new Regex(Regex.Escape(core).Replace("\\ ", "\\s+") + @"\s*\((?<s>[A-Za-z]{2,5})\)");
            foreach (var line in lines)
            {
                if (pattern.Match(line.Text) is not { Success: true } m) continue;
                var shortForm = m.Groups["s"].Value;
                if (PersonEntryParser.IsAbbreviation(shortForm) && PersonNames.MatchesInitials(core, shortForm))
                    people[i] = people[i] with { Abbreviation = shortForm };
                break;
            }
        }
    }

    /// <summary>Index of the attendee this name refers to: same name, or a unique first-name or surname match.</summary>
    public static int FindPerson(IReadOnlyList<Attendee> people, string name)
    {
        var key = PersonNames.Key(name);
        for (var i = 0; i < people.Count; i++) if (PersonNames.Key(people[i].Name) == key) return i;
        var tokens = PersonNames.CoreTokens(name);
        if (tokens.Count == 1)
        {
            var t = tokens[0];
            // Handles written as first initial + surname ("alee") name one attendee.
            if (t.All(c => char.IsLower(c) || char.IsDigit(c)) && t.Length >= 4)
            {
                var handle = Enumerable.Range(0, people.Count).Where(i => PersonNames.CoreTokens(people[i].Name) is { Count: > 1 } pt
                    && (pt[0][0] + pt[^1]).Equals(t, StringComparison.OrdinalIgnoreCase)).ToList();
                if (handle.Count == 1) return handle[0];
            }
            var matches = Enumerable.Range(0, people.Count).Where(i =>
            {
                var pt = PersonNames.CoreTokens(people[i].Name);
                return pt.Count > 1 && (pt[0].Equals(t, StringComparison.OrdinalIgnoreCase) || pt[^1].Equals(t, StringComparison.OrdinalIgnoreCase));
            }).ToList();
            if (matches.Count == 1) return matches[0];
        }
        return -1;
    }

    private static List<Attendee> Consolidate(List<Attendee> people)
    {
        var result = new List<Attendee>();
        foreach (var p in people)
        {
            var i = FindPerson(result, p.Name);
            if (i < 0 && PersonNames.CoreTokens(p.Name).Count == 1)
            {
                result.Add(p);
                continue;
            }
            if (i < 0)
            {
                // A fuller name arriving after a first-name-only entry replaces it.
                var first = PersonNames.CoreTokens(p.Name)[0];
                var shortIdx = result.FindIndex(r => PersonNames.CoreTokens(r.Name) is { Count: 1 } t && t[0].Equals(first, StringComparison.OrdinalIgnoreCase));
                if (shortIdx >= 0 && result.Count(r => PersonNames.CoreTokens(r.Name) is { Count: 1 } t && t[0].Equals(first, StringComparison.OrdinalIgnoreCase)) == 1)
                    i = shortIdx;
            }
            // Two members of one name told apart by their call signs or member numbers are two people.
            if (i < 0 || DifferentCodes(result[i], p)) { result.Add(p); continue; }
            var e = result[i];
            result[i] = e with
            {
                Name = PersonNames.CoreTokens(p.Name).Count > PersonNames.CoreTokens(e.Name).Count ? p.Name : e.Name,
                Role = e.Role ?? p.Role,
                Abbreviation = e.Abbreviation ?? p.Abbreviation,
                Status = p.Status == AttendanceStatus.Apologies || e.Status == AttendanceStatus.Apologies ? AttendanceStatus.Apologies : e.Status,
            };
        }
        // An acronym given for several people is their organisation, not a personal short form.
        var shared = result.Where(a => a.Abbreviation != null).GroupBy(a => a.Abbreviation!).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return result.Select(a => a.Abbreviation != null && shared.Contains(a.Abbreviation)
            ? a with { Role = a.Role ?? a.Abbreviation, Abbreviation = null } : a).ToList();
    }

    private static bool DifferentCodes(Attendee a, Attendee b) =>
        a.Abbreviation is { } x && b.Abbreviation is { } y && x != y && Lexicon.PersonCodes.IsCode(x) && Lexicon.PersonCodes.IsCode(y);

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Bracketed();

    // "… and @bray took notes.", "Bob Ray took the minutes": a handle or a capitalised name of up to five words before the verb.
    [GeneratedRegex(@"(?:^|[,;.]\s+|\band\s+)(?<name>@[A-Za-z0-9][\w.-]{0,38}|(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'-]+)\s+took\s+(?:the\s+)?(?:notes|minutes)\s*(?:[.;,]|$)")]
    private static partial Regex NoteTaker();

    // "Discussion:", "Notes: …": another section's label ends the group, whether its text follows or starts the next line.
    // A label line of another kind ("Venue: Hall") ends a group of people; a person with their office after a colon ("Ann Lee:
    // Chair") is one of them.
    private static bool OtherLabel(string text) => LabelLine().IsMatch(text) && !PersonEntryParser.IsNameThenOffice(text);

    [GeneratedRegex(@"^[A-Za-z][\w ]{0,30}:(?:\s|$)")]
    private static partial Regex LabelLine();

    [GeneratedRegex(@"\b(?:received|given|tendered|sent)\s+(?:from|by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivedFrom();

    // A full stop ends the names unless it closes an initial or an honorific ("Messrs. B. Quarry").
    [GeneratedRegex(@"\b(?:from|by)\s+(?<names>(?:[^.]|(?<=\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Messrs|Cllr|St|Rev|Revd|Prof))\.(?=\s*[A-Z][a-z]*\b(?!\s+[a-z])))+)")]
    private static partial Regex FromNames();

    // "Apologies were received from Cllrs. A Lee and B Cole.", "Apologies received from Dr. A. Lee": the verb may be left out, and
    // a full stop after an honorific or an initial does not end the list.
    [GeneratedRegex(@"apologies\s+(?:for\s+absence\s+)?(?:(?:were|had\s+been|have\s+been|was)\s+)?(?:received|given|tendered|offered)\s+(?:from|by)\s*:?\s+(?<names>(?:[^.]|(?<=\b(?:\p{Lu}|(?i:cllrs?|councillors?|mrs?|messrs|ms|dr|drs|prof|rev|st)))\.)+)", RegexOptions.IgnoreCase)]
    private static partial Regex ApologiesFrom();

    // "Ann Lee was also present.", and "Ann Lee arrived late" or "arrived at 7.40pm", "Bob Cole joined the meeting at item 5": one
    // who came after the start was there. The sentence may follow a report's name and a dash ("4. Pantry – Ann Lee arrived late").
    [GeneratedRegex(@"(?:^|[.;]\s+|\s[–—-]\s+)(?<name>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]+)\s+(?:(?:was|were)\s+(?:also\s+)?present\b|arrived\s+(?:late\b|at\s+(?:\d|item\b))|joined\s+the\s+meeting\b)", RegexOptions.None)]
    private static partial Regex WasPresent();

    // One capitalised name of up to four words.
    private const string FullName = @"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+";

    // "(Ann was not present)", "Bob Cole was absent.": a person recorded as missing the meeting, often in a note under an item.
    // "Treasurer's report: Ann Lee was not in attendance but sent figures": the sentence may follow a report's label.
    // "Ann Lee, Bob Cole and Cara Dunn were not present": members named together as absent. "3. Garden – Ann Lee was absent":
    // after a report's name and a dash.
    [GeneratedRegex(@"(?:^|[.;(:]\s*|\s[–—-]\s+)(?<name>(?!(?:Quorum|It|This|That|There)\b)" + FullName + @"(?:,\s+" + FullName + @")*(?:,?\s+and\s+" + FullName + @")?)\s+(?:was|were)\s+(?:not\s+present|not\s+in\s+attendance|absent)\b", RegexOptions.None)]
    private static partial Regex WasNotPresent();

    // "… called to order at 7 pm, with Ames, Bell and Cole and 4 guests present.": a roll call in the opening sentence lists at
    // least two names (often surnames only); a head count of others is not a person.
    [GeneratedRegex(@"\bwith\s+(?<names>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}(?:\s*,\s*[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})+(?:,?\s+(?:and|&)\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})?)(?:,?\s+(?:and|&)\s+\d{1,3}\s+[\w\s]{1,30}?)?\s+(?:present|in\s+attendance)\b", RegexOptions.None)]
    private static partial Regex WithNamesPresent();

    // "Board members present were A, B and C." and "Also present were D and E." name the people after the verb.
    [GeneratedRegex(@"(?:^|[.;]\s+)(?<label>(?:[A-Z][a-z]+\s+){0,3}(?:present|in\s+attendance))\s+(?:were|was)\s*[:,]?\s+(?<names>(?:[^.]|(?<=\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Cllr|St|Rev|Prof))\.)+)", RegexOptions.IgnoreCase)]
    private static partial Regex PresentWere();

    [GeneratedRegex(@"\s+(?:were|was)\s+(?:also\s+)?(?:present|in\s+attendance)\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingPresentVerb();

    [GeneratedRegex(@"\s+were\s+(?:also\s+)?(?:present|in\s+attendance)\.(?=\s+\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingPresentVerb();

    [GeneratedRegex(@"with\s+the\s+following\s+(?:members\s+)?present\s*:?\s*(?<names>.+?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex FollowingPresent();

    [GeneratedRegex(@"(?:^|[.;]\s+)(?<names>(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]+(?:\s+(?:and|&)\s+(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'-]+)?)\s+joined\s+the\s+(?:meeting|discussion)", RegexOptions.None)]
    private static partial Regex Joined();
}
