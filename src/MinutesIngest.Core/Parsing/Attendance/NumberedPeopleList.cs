using System.Text.RegularExpressions;
using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>
/// A numbered list of people inside an item (the officers elected, the members appointed, the speakers heard):
/// "1. Ann Lee, President", "2. Bob Hart (Treasurer)", "3. Cara Dunn". Its numbers count people, not items.
/// </summary>
internal static partial class NumberedPeopleList
{
    private const int MinEntries = 3;
    private const int MaxWords = 8;
    // Under an attendance label two numbered people, one of them holding an office, already make a roll.
    private const int MinRollPeople = 2;

    /// <summary>The last line of the list of people whose "1" is on line <paramref name="from"/>, or -1 when the run is not one.</summary>
    public static int LastLine(IReadOnlyList<DocLine> lines, int from)
    {
        var expected = 1;
        var last = -1;
        var withOffice = 0;
        for (var j = from; j < lines.Count; j++)
        {
            var line = lines[j];
            if (!line.StartsBlock || line.IsMargin) continue;
            var n = NumberedLineReader.Read(line.Text, line.Number);
            if (n is not { Scheme: NumberScheme.Decimal } || n.Parts.Count != 1 || n.Parts[0] != expected) break;
            if (Person(n.Rest) is not { } person) return -1;
            if (person.Role is { } role && role.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words
                && PersonNames.IsOfficeEnd(words[^1])) withOffice++;
            expected++;
            last = j;
        }
        // Bare two-word titles look like names ("Matters Arising"); an office beside at least one name says these are people.
        return expected - 1 >= MinEntries && withOffice >= 1 ? last : -1;
    }

    /// <summary>
    /// The lines of a numbered roll under an attendance label that stands alone ("PRESENT", then "1. Ann Lee   Chair",
    /// "2. Bob Cole   Elected Member"), with any further group labels ("ABSENT", "OTHER ATTENDEES") whose numbering runs on
    /// or restarts at 1, and the other cells of a row whose first cell is the numbered person. Empty when the lines after
    /// <paramref name="label"/> are not such a roll. Its numbers count people, so none of it is an item.
    /// </summary>
    public static List<int> RollAfter(IReadOnlyList<DocLine> lines, int label)
    {
        var run = new List<int>();
        var lastPerson = -1;
        int expected = 1, people = 0, withOffice = 0;
        var afterLabel = true;
        for (var j = label + 1; j < lines.Count; j++)
        {
            var line = lines[j];
            if (line.IsMargin) continue;
            if (AttendanceLabels.Match(line.Text, line.Origin == LineOrigin.Heading) is { Text.Length: 0 })
            {
                run.Add(j);
                afterLabel = true;
                continue;
            }
            // Column headings set apart from the rows ("S.No Name", "Designation") are part of the roll.
            if (afterLabel && AttendanceLabels.IsColumnHeadings(line.Text))
            {
                run.Add(j);
                continue;
            }
            // The role or organisation column beside the numbered person.
            if (line.Row >= 0 && line.Column > 0 && lastPerson >= 0 && lines[lastPerson].Block == line.Block && lines[lastPerson].Row == line.Row)
            {
                if (HoldsOffice(line.Text)) withOffice++;
                run.Add(j);
                continue;
            }
            if (!line.StartsBlock) break;
            // "Board" over "1. Ann Lee, Chair", "Staff" over "5. Bob Cole, Clerk": a group's name over the next numbered people.
            if (GroupName(line) && j + 1 < lines.Count && NextNumber(lines[j + 1]) is { } following && (following == expected || following == 1))
            {
                run.Add(j);
                afterLabel = true;
                continue;
            }
            var n = NumberedLineReader.Read(line.Text, line.Number);
            // Once the roll is under way, a name typed carelessly ("5. Ann b. Lee", "6. Bob kent") is the next person.
            if (n is not { Scheme: NumberScheme.Decimal } || n.Parts.Count != 1 || !(n.Parts[0] == expected || (afterLabel && n.Parts[0] == 1))
                || (Person(n.Rest) ?? (people >= MinRollPeople ? CarelessCaseName.Read(n.Rest) : null)) is not { } person) break;
            if (person.Role is { } role && HoldsOffice(role)) withOffice++;
            run.Add(j);
            lastPerson = j;
            expected = n.Parts[0] + 1;
            afterLabel = false;
            people++;
        }
        // Labels after the last person open whatever follows, not the roll.
        while (run.Count > 0 && run[^1] > lastPerson && lines[run[^1]].Row < 0) run.RemoveAt(run.Count - 1);
        if (people < MinRollPeople || withOffice < 1) return [];
        // A table that holds the roll is the roll to its last row, though a row's name or number was printed askew.
        if (lines[lastPerson].Row >= 0)
            run.AddRange(Enumerable.Range(lastPerson + 1, lines.Count - lastPerson - 1).TakeWhile(j => lines[j].Block == lines[lastPerson].Block));
        return run;
    }

    // A short unnumbered line that is not a label or a sentence: the name of the group whose people are numbered under it.
    private static bool GroupName(DocLine line) => line.Origin != LineOrigin.ListItem && GroupNameLine.HasShape(line, MaxGroupNameWords);

    private const int MaxGroupNameWords = 6;

    // The number of a line that opens with one ("4. Ann Lee"), or null.
    private static int? NextNumber(DocLine line) =>
        line.StartsBlock && NumberedLineReader.Read(line.Text, line.Number) is { Scheme: NumberScheme.Decimal, Parts.Count: 1 } n ? n.Parts[0] : null;

    private static bool HoldsOffice(string role) =>
        role.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words && PersonNames.IsOfficeEnd(words[^1]);

    // "Ann Lee, President", "Bob Hart (Treasurer)", "Eve Ulley *new member": a name of two to four words and what it is.
    private static PersonEntry? Person(string rest)
    {
        var text = rest.Split('*')[0].Trim();
        // An organisation in brackets ("(Eastfield Housing Trust Ltd)") lengthens the line without making it a sentence.
        if (text.Length == 0 || Bracketed().Replace(text, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords) return null;
        var entry = PersonEntryParser.ParseLine(text);
        if (entry == null || !PersonNames.LooksLikeName(entry.Name)) return null;
        return PersonNames.CoreTokens(entry.Name).Count is >= 2 and <= 4 ? entry : null;
    }

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Bracketed();
}
