using MinutesIngest.Core.Parsing.Attendance;
using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Items;

/// <summary>
/// A numbered list of people inside an item (the officers elected, the members appointed, the speakers heard):
/// "1. Ann Lee, President", "2. Bob Hart (Treasurer)", "3. Cara Dunn". Its numbers count people, not items.
/// </summary>
internal static class NumberedPeopleList
{
    private const int MinEntries = 3;
    private const int MaxWords = 8;

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

    // "Ann Lee, President", "Bob Hart (Treasurer)", "Eve Ulley *new member": a name of two to four words and what it is.
    private static PersonEntry? Person(string rest)
    {
        var text = rest.Split('*')[0].Trim();
        if (text.Length == 0 || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords) return null;
        var entry = PersonEntryParser.ParseLine(text);
        if (entry == null || !PersonNames.LooksLikeName(entry.Name)) return null;
        return PersonNames.CoreTokens(entry.Name).Count is >= 2 and <= 4 ? entry : null;
    }
}
