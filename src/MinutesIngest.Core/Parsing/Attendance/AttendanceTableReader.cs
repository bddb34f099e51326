using System.Text.RegularExpressions;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>Reads attendance from a table with a Name column (and optional Role/Capacity, Company, Status columns).</summary>
public static partial class AttendanceTableReader
{
    /// <summary>
    /// Reads a table that follows an attendance label ("IN ATTENDANCE", "Apologies:") and has no header row:
    /// the first column that holds names is the name, a column of short capitals the abbreviation, the rest the role.
    /// </summary>
    public static List<Attendee> ReadUnlabelled(TableBlock table, string status)
    {
        var result = new List<Attendee>();
        if (table.Rows.Count == 0) return result;
        var width = table.Rows.Max(r => r.Cells.Count);
        string Cell(TableRow r, int c) => c < r.Cells.Count ? r.Cells[c].Text.Replace('\n', ' ').Trim() : "";
        var nameColumns = Enumerable.Range(0, width).Where(c => table.Rows.Count(r => PersonNames.LooksLikeName(NameCell(Cell(r, c)))) * 2 > table.Rows.Count).ToList();
        // Names followed by their short form or role in brackets ("Ann Lee (AL) (Chair)") or after a dash ("Ann Lee - Chair")
        // still make a name column.
        if (nameColumns.Count == 0)
            nameColumns = Enumerable.Range(0, width).Where(c => table.Rows.Count(r => Cell(r, c) is { Length: > 0 } x && char.IsLetter(x[0])
                && (x.Contains('(') || DashedRole().IsMatch(x)) && PersonEntryParser.ParseOne(NameCell(x)) != null) * 2 > table.Rows.Count).Take(1).ToList();
        // A numbered roll ("1. Ann Lee | Chair") has one person per row: the columns after the numbered names describe them.
        if (nameColumns.Count >= 2 && nameColumns[0] == 0 && table.Rows.Count(r => ListNumbered(Cell(r, 0))) * 2 > table.Rows.Count) nameColumns = [0];
        // A grid of names (several columns of people, read column by column) has no roles.
        if (nameColumns.Count >= 2 && nameColumns.Count == width)
        {
            foreach (var c in nameColumns)
                foreach (var row in table.Rows)
                    if (PersonEntryParser.ParseOne(NameCell(Cell(row, c))) is { } person)
                        result.Add(new Attendee { Name = person.Name, Role = person.Role, Abbreviation = person.Abbreviation, Status = status });
            return result;
        }
        var nameCol = nameColumns.Count > 0 ? nameColumns[0] : -1;
        if (nameCol < 0) return result;
        var abbrCol = Enumerable.Range(0, width).FirstOrDefault(c => c != nameCol && table.Rows.All(r => Cell(r, c).Length == 0 || PersonEntryParser.IsAbbreviation(Cell(r, c).Trim('(', ')', ' '))), -1);
        // Columns of one-letter marks ("P", "A", "-") record attendance per meeting, not a role.
        var worded = Enumerable.Range(0, width).Where(c => c != nameCol && c != abbrCol)
            .Select(c => (Column: c, Count: table.Rows.Count(r => Cell(r, c).Count(char.IsLetter) >= 2)))
            .Where(x => x.Count * 3 >= table.Rows.Count).OrderByDescending(x => x.Count).ThenBy(x => x.Column).ToList();
        var roleCol = worded.Count > 0 ? worded[0].Column : -1;
        foreach (var row in table.Rows)
        {
            var entry = PersonEntryParser.ParseOne(NameCell(Cell(row, nameCol)));
            if (entry == null) continue;
            // A role written with the name wins over an organisation in the next column.
            var role = roleCol >= 0 && Cell(row, roleCol).Length > 0 && (entry.Role == null || PersonEntryParser.IsAbbreviation(entry.Role)) ? Cell(row, roleCol) : entry.Role;
            var abbr = abbrCol >= 0 && Cell(row, abbrCol).Length > 0 ? Cell(row, abbrCol).Trim('(', ')', ' ') : entry.Abbreviation;
            result.Add(new Attendee { Name = entry.Name, Role = role, Abbreviation = abbr, Status = status });
        }
        return result;
    }

    public static List<Attendee> Read(TableBlock table, string status = AttendanceStatus.Present)
    {
        var result = new List<Attendee>();
        for (var h = 0; h < table.Rows.Count; h++)
        {
            var header = table.Rows[h].Cells.Select(c => c.Text.Trim().TrimEnd(':').ToLowerInvariant()).ToList();
            // "Name (Affiliation)": a remark in brackets says what the bracket after each name holds.
            var nameCol = header.FindIndex(c => NameHeader().IsMatch(HeaderRemark().Replace(c, "").Trim()));
            // A name split into two columns ("Given Name | Family Name", "First Name | Last Name", "Forename | Surname") is joined.
            var familyCol = nameCol < 0 ? header.FindIndex(c => FamilyNameHeader().IsMatch(c)) : -1;
            if (familyCol >= 0) nameCol = header.FindIndex(c => GivenNameHeader().IsMatch(c));
            if (nameCol < 0) continue;
            // A header row holds headings only; "Attendees | A, B, C" is a label with its value.
            if (header.Any(c => c.Split(' ').Length > 4 || c.Contains(','))) continue;
            if (header.Any(c => NotAttendance().IsMatch(c))) return result;
            var roleCol = header.FindIndex(c => RoleHeader().IsMatch(c));
            var orgCol = header.FindIndex(c => OrgHeader().IsMatch(c));
            var statusCol = header.FindIndex(c => StatusHeader().IsMatch(c));
            var abbrCol = header.FindIndex(c => AbbreviationHeader().IsMatch(c));
            // A roll with a column per status ("Present | Absent | Apologies") marks each person with a tick in one of them.
            var markCols = Enumerable.Range(0, header.Count)
                .Where(c => c != nameCol && AttendanceLabels.Match(header[c], isHeading: true) is { Text.Length: 0 }).ToList();
            if (markCols.Count < 2) markCols.Clear();
            var misses = 0;
            // The group a section row opens ("Observers") and the status a status cell last gave.
            string? group = null, carried = null;
            for (var r = h + 1; r < table.Rows.Count && misses < 2; r++)
            {
                var cells = table.Rows[r].Cells;
                string Cell(int c) => c >= 0 && c < cells.Count ? cells[c].Text.Replace('\n', ' ').Trim() : "";
                // A section row inside the table ("Officers in attendance") sets the status of the rows below it.
                var filled = cells.Where(c => c.Text.Trim().Length > 0).ToList();
                if (filled.Count == 1 && AttendanceLabels.Match(filled[0].Text.Trim(), isHeading: true) is { } section)
                {
                    group = carried = section.Status;
                    continue;
                }
                var rawName = familyCol >= 0 ? (Cell(nameCol) + " " + Cell(familyCol)).Trim() : Cell(nameCol);
                if (rawName.Length == 0) continue;
                // A totals row under the marks counts them ("Total | 10 | 1"): it names no one. Only bare counts make one: a
                // cell of marks with a note ("✓ / Public: 8 attendees") is still the roll.
                if (markCols.Any(c => Cell(c).Length > 0 && Cell(c).All(ch => char.IsDigit(ch) || char.IsWhiteSpace(ch)))) continue;
                // A group row between the people ("Voting Members") names no one and gives no status.
                if (filled.Count == 1 && PersonNames.LooksLikeDescriptor(rawName) && PersonEntryParser.ParseOne(rawName) == null) continue;
                if (ItemHeader().IsMatch(Cell(0)) || ItemHeader().IsMatch(rawName)) break;
                var name = LastFirst(rawName);
                var entry = PersonEntryParser.ParseOne(name);
                if (entry == null) { misses++; continue; }
                misses = 0;
                var roleText = Cell(roleCol);
                string? abbr = entry.Abbreviation, role = entry.Role;
                if (roleText.Length > 0)
                {
                    var bracket = TrailingBracket().Match(roleText);
                    if (bracket.Success && PersonEntryParser.IsAbbreviation(bracket.Groups[1].Value))
                    {
                        abbr ??= bracket.Groups[1].Value;
                        roleText = roleText[..bracket.Index].Trim();
                    }
                    role = Regex.Replace(roleText, @"\s*/\s*", " ").Trim();
                }
                if (role == null && Cell(orgCol).Length > 0) role = Cell(orgCol);
                if (abbrCol >= 0 && Cell(abbrCol).Length > 0) abbr = Cell(abbrCol);
                var rowStatus = carried ?? status;
                var s = Cell(statusCol).ToLowerInvariant();
                if (s.StartsWith("apolog") || s.StartsWith("regret")) rowStatus = AttendanceStatus.Apologies;
                else if (s.StartsWith("absent") || s.StartsWith("not")) rowStatus = AttendanceStatus.Absent;
                // "Present | Yes / No": a yes-or-no answer under a presence heading.
                else if (s is "no" or "n" && AsksPresence(header[statusCol])) rowStatus = AttendanceStatus.Absent;
                else if (s is "yes" or "y" && AsksPresence(header[statusCol])) rowStatus = status;
                // Present in a group of observers or guests is attendance, not membership.
                else if (s.StartsWith("present")) rowStatus = (group ?? status) == AttendanceStatus.InAttendance ? AttendanceStatus.InAttendance : AttendanceStatus.Present;
                else if (s.Contains("attendance") || s.StartsWith("invited") || s.StartsWith("observer") || s.StartsWith("guest")) rowStatus = AttendanceStatus.InAttendance;
                // A status written once applies to the rows below it until the next one.
                if (s.Length > 0 && markCols.Count == 0) carried = rowStatus;
                if (markCols.Where(c => Cell(c).Length > 0).ToList() is [var markCol] && (Cell(markCol) is "x" or "X" || !Cell(markCol).Any(char.IsLetterOrDigit))
                    && AttendanceLabels.Match(header[markCol], isHeading: true) is { } marked)
                    rowStatus = marked.Status == AttendanceStatus.Present && (group ?? status) == AttendanceStatus.InAttendance ? AttendanceStatus.InAttendance : marked.Status;
                if (role != null && TrailingOrg().Match(role) is { Success: true } org) role = role[..org.Index].Trim();
                result.Add(new Attendee { Name = entry.Name, Role = role, Abbreviation = abbr, Status = rowStatus });
            }
            return result;
        }
        return result;
    }

    // A roll numbered in its first column ("1. Ann Lee | Chair", the numbering running on across groups) counts people: the
    // number is not part of the name.
    private static string NameCell(string cell) => LastFirst(ListNumber(cell) is { } n ? n.Rest : cell);

    private static bool ListNumbered(string cell) => ListNumber(cell) != null;

    private static NumberedLine? ListNumber(string cell) =>
        Lexicon.NumberedLineReader.Read(cell) is { Scheme: NumberScheme.Decimal, Parts.Count: 1, Rest.Length: > 0 } n
        && (n.HasDelimiter || (char.IsUpper(n.Rest[0]) && PersonEntryParser.ParseOne(n.Rest) != null)) ? n : null;

    // Tables often print people surname first ("Lee, Ann"): give them in first-last order.
    private static string LastFirst(string name)
    {
        var parts = name.Split(',');
        return parts.Length == 2 && PersonNames.LooksLikeName(parts[0]) && PersonNames.LooksLikeName(parts[1])
            && parts[0].Trim().Split(' ').Length == 1 ? parts[1].Trim() + " " + parts[0].Trim() : name;
    }

    [GeneratedRegex(@"^(?:name|names|full name|member|members|attendee|attendees|person|participant|participants|team member|councillor|trustee|governor|director|representative)s?$")]
    private static partial Regex NameHeader();

    [GeneratedRegex(@"^(?:given\s*names?|first\s*names?|forenames?|christian\s+names?|first)$")]
    private static partial Regex GivenNameHeader();

    [GeneratedRegex(@"^(?:family\s*names?|last\s*names?|surnames?|last)$")]
    private static partial Regex FamilyNameHeader();

    [GeneratedRegex(@"^(?:role|roles|capacity|position|title|job title|office|portfolio|responsibility|designation)$")]
    private static partial Regex RoleHeader();

    [GeneratedRegex(@"^(?:company|organisation|organization|affiliation|representing|employer)$")]
    private static partial Regex OrgHeader();

    [GeneratedRegex(@"^(?:status|attendance|attended|present\??)$")]
    private static partial Regex StatusHeader();

    [GeneratedRegex(@"\s*\([^()]{1,30}\)")]
    private static partial Regex HeaderRemark();

    // Of the status headings, the ones a yes or no answers.
    private static bool AsksPresence(string heading) => heading is "attended" or "present" or "present?";

    // "Policy Officer, OPCC": the role is given, the organisation after it is dropped.
    [GeneratedRegex(@",\s*[A-Z]{2,6}$")]
    private static partial Regex TrailingOrg();

    [GeneratedRegex(@"^(?:initials|abbreviation|abbr\.?|short ?form|code)$")]
    private static partial Regex AbbreviationHeader();

    [GeneratedRegex(@"assigned|action|task|module|responsib|deadline|due|owner")]
    private static partial Regex NotAttendance();

    [GeneratedRegex(@"^(?:no\.?|item|items|agenda item)$", RegexOptions.IgnoreCase)]
    private static partial Regex ItemHeader();

    [GeneratedRegex(@"\s*\(([^()]*)\)\s*$")]
    private static partial Regex TrailingBracket();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\p{L}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){1,3}\s+[-–—]\s+\S")]
    private static partial System.Text.RegularExpressions.Regex DashedRole();
}
