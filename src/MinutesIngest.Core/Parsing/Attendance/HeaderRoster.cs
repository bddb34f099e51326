using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>
/// The board's roster printed at the head of minutes that record attendance nowhere else ("Commissioner Ann Lee, Chair",
/// "Ben Cole, Secretary" one a line or one a cell): the officers the heading names are the meeting's record of who sat.
/// </summary>
public static class HeaderRoster
{
    /// <summary>The people of the first run of roster entries before the first item; empty when there is none.</summary>
    public static List<Attendee> Read(IReadOnlyList<DocLine> lines)
    {
        var run = new List<PersonEntry>();
        foreach (var line in lines.Take(MaxHeaderLines))
        {
            if (line.Number != null || NumberedLineReader.Read(line.Text) != null) break;
            var text = line.Text.Trim();
            if (text.Length == 0) continue;
            if (RosterEntry(text) is { } entry) { run.Add(entry); continue; }
            if (run.Count >= MinEntries) break;
            run.Clear();
        }
        return run.Count < MinEntries
            ? []
            : run.Select(e => new Attendee { Name = e.Name, Role = e.Role, Abbreviation = e.Abbreviation, Status = AttendanceStatus.Present }).ToList();
    }

    private const int MaxHeaderLines = 40;

    // Fewer than three people with offices is a signature or a contact line, not a roster.
    private const int MinEntries = 3;

    // An entry names a person in full and gives an office: "Commissioner Ann Lee", "Ann Lee, Treasurer".
    private static PersonEntry? RosterEntry(string text)
    {
        if (text.Length > MaxEntryLength || text.EndsWith('.') && !text.EndsWith(".)")) return null;
        var entry = PersonEntryParser.ParseLine(text);
        return entry is { Role: { } role } && PersonNames.CoreTokens(entry.Name).Count >= 2 && PersonNames.LooksLikeDescriptor(role) ? entry : null;
    }

    private const int MaxEntryLength = 70;
}
