using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>
/// Reads an attendance row laid out as a label cell followed by pairs of cells, names then their initials
/// ("Present: | Ann Lee / Bob Cole | AL / BC | Cara Dunn | CD"), the way minutes that refer to people by initials
/// introduce them. The initials also part names whose line breaks were lost.
/// </summary>
public static class InitialsColumnReader
{
    /// <summary>The people of the table's labelled rows; empty when no row has that shape.</summary>
    public static List<Attendee> Read(TableBlock table)
    {
        var result = new List<Attendee>();
        foreach (var row in table.Rows)
        {
            var cells = row.Cells.Select(c => c.Text.Trim()).Where(t => t.Length > 0).ToList();
            if (cells.Count < 3 || AttendanceLabels.Match(cells[0], isHeading: true) is not { Text.Length: 0 } label) continue;
            var people = new List<Attendee>();
            for (var c = 1; c + 1 < cells.Count; c += 2)
            {
                var initials = cells[c + 1].Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
                if (!initials.All(PersonEntryParser.IsAbbreviation) || Split(cells[c], initials) is not { } pairs) { people.Clear(); break; }
                people.AddRange(pairs.Select(p => new Attendee { Name = p.Name, Role = p.Role, Abbreviation = p.Abbreviation, Status = label.Status }));
            }
            // Every cell after the label must pair up, or the row is something else.
            if (cells.Count % 2 == 0) people.Clear();
            result.AddRange(people);
        }
        return result;
    }

    /// <summary>Parts a run of names by their initials, in order; a bracket after a name describes it. Null when they do not match.</summary>
    public static List<PersonEntry>? Split(string names, IReadOnlyList<string> initials)
    {
        var tokens = names.Replace('\n', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new List<PersonEntry>();
        var at = 0;
        foreach (var shortForm in initials)
        {
            // A word per capital first ("RA" is "Ravi Anand", not "Ravi"), then shorter or longer names.
            var capitals = shortForm.Count(char.IsUpper);
            var found = 0;
            foreach (var n in new[] { capitals }.Concat(Enumerable.Range(1, 4).Where(n => n != capitals)))
            {
                if (at + n > tokens.Length) continue;
                var span = string.Join(' ', tokens.Skip(at).Take(n));
                if (span.Contains('(')) continue;
                if (PersonNames.MatchesInitials(span, shortForm) && PersonNames.LooksLikeName(span)) { found = n; break; }
            }
            if (found == 0) return null;
            var name = string.Join(' ', tokens.Skip(at).Take(found));
            at += found;
            string? role = null;
            if (at < tokens.Length && tokens[at].StartsWith('('))
            {
                var close = Array.FindIndex(tokens, at, t => t.EndsWith(')'));
                if (close < 0) return null;
                role = string.Join(' ', tokens.Skip(at).Take(close - at + 1)).Trim('(', ')');
                at = close + 1;
            }
            result.Add(new PersonEntry(name, role, shortForm));
        }
        return at == tokens.Length ? result : null;
    }
}
