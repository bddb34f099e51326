using System.Text.RegularExpressions;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Attendance;
using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Metadata;

/// <summary>Who chaired and who took the minutes, set only when the text says so, with the fullest form of the name.</summary>
public static partial class MeetingPeopleFinder
{
    private const int ChairLines = 80;
    private const int AttendanceRegionLines = 40;

    // Officer-block labels ("President – X") count only in the first headerLines lines, not in an election minute further down.
    public static string? FindChair(IReadOnlyList<DocLine> lines, int headerLines, IReadOnlyList<Attendee> attendance)
    {
        var elected = ElectionResultLines(lines);
        foreach (var l in lines.Take(ChairLines).Where(l => !elected.Contains(l)))
        foreach (var f in HeaderRoleFields.MatchAll(l.Text))
        {
            if (HeaderRoleFields.IsChair(f.Label) && NamesPerson(f.Value)) return Chairs(f.Value, attendance);
        }
        // "Present in the chair: X", "Chaired by X", an officer block's "President – X".
        foreach (var l in lines.Take(headerLines))
            if (MeetingVocabulary.ChairField(Clean(l.Text)) is { Success: true } m && NamesPerson(m.Groups["n"].Value))
                return Chairs(m.Groups["n"].Value.Trim(), attendance);
        var chairs = attendance.Where(a => a.Role != null && ChairRole().IsMatch(a.Role)).Select(a => a.Name).ToList();
        if (chairs.Count > 0) return string.Join(", ", chairs);
        // An attendance entry that carries the chair as its role: "Ann Lee (Chair)", "Ann Lee (AL) CHAIR".
        foreach (var l in lines.Take(AttendanceRegionLines))
            if (MeetingVocabulary.ChairRoleAfterName(Clean(l.Text)) is { Success: true } m && PersonNames.LooksLikeName(m.Groups["n"].Value.Trim()))
                return Fullest(m.Groups["n"].Value.Trim(), attendance);
        foreach (var l in lines)
        {
            var m = Chaired().Match(l.Text);
            if (!m.Success) m = AsChair().Match(l.Text);
            if (m.Success) return Fullest(m.Groups["n"].Value, attendance);
        }
        return null;
    }

    public static string? FindMinuteTaker(List<DocLine> header, IReadOnlyList<Attendee> attendance)
    {
        var elected = ElectionResultLines(header);
        foreach (var l in header.Where(l => !elected.Contains(l)))
        {
            if (HeaderRoleFields.Match(l.Text) is not { } f || !HeaderRoleFields.IsMinuteTaker(f.Label) || !NamesPerson(f.Value)) continue;
            // A Secretary listed among the board's officers (beside a Treasurer) is an office, not the minute taker.
            if (f.Label.Equals("secretary", StringComparison.OrdinalIgnoreCase) && header.Any(h => h.Text.Contains("Treasurer", StringComparison.OrdinalIgnoreCase))) continue;
            var pieces = PersonEntryParser.SplitTopLevel(f.Value).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            if (pieces.Count > 1 && pieces.All(PersonNames.LooksLikeName)) return f.Value.Replace('_', ' ');
            var single = PersonEntryParser.ParseLine(f.Value)?.Name ?? f.Value;
            var who = AttendanceParser.FindPerson(attendance, single);
            return who >= 0 && PersonNames.CoreTokens(single).Count == 1 ? attendance[who].Name : single;
        }
        // "Prepared by: X", "Recorded by X", "Clerked by X".
        foreach (var l in header)
            if (MeetingVocabulary.MinuteTakerField(Clean(l.Text)) is { Success: true } m && NamesPerson(m.Groups["n"].Value))
                return PersonEntryParser.ParseLine(m.Groups["n"].Value)?.Name ?? m.Groups["n"].Value.Trim();
        foreach (var l in header)
        {
            var m = TakenBy().Match(l.Text);
            if (m.Success) return PersonEntryParser.ParseOne(m.Groups["n"].Value)?.Name ?? m.Groups["n"].Value.Trim();
        }
        // "Ann Lee (acting Secretary)", "(playing the stand-in Secretary)": someone standing in as secretary for this meeting
        // took its minutes, where an officer merely titled Secretary need not have.
        return attendance.FirstOrDefault(a => a.Role != null && StandInMinuteTaker().IsMatch(a.Role))?.Name;
    }

    // "## Nominations for committee posts" or "The following were elected:" over "Chair: Ann Lee", "Secretary: Bob Cole": the
    // officers an election chose, not those who chaired this meeting or took its minutes. A heading's section runs to the next
    // heading; a lead-in's list to the first line that is not a list entry.
    private static HashSet<DocLine> ElectionResultLines(IReadOnlyList<DocLine> lines)
    {
        var result = new HashSet<DocLine>();
        bool section = false, list = false;
        foreach (var l in lines)
        {
            if (l.Origin == LineOrigin.Heading) { section = ElectionWords().IsMatch(l.Text); list = false; continue; }
            if (l.Origin != LineOrigin.ListItem) list = l.Text.TrimEnd().EndsWith(':') && ElectionWords().IsMatch(l.Text);
            if (section || (list && l.Origin == LineOrigin.ListItem)) result.Add(l);
        }
        return result;
    }

    [GeneratedRegex(@"\b(?:elect(?:ed|ion|ions)|nominat(?:ed|ion|ions)|re-?elected)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ElectionWords();

    // "Ann Lee & Bob Cole": two who shared the chair are both given, each with the fullest form of the name.
    private static string Chairs(string value, IReadOnlyList<Attendee> attendance)
    {
        var names = PersonEntryParser.SplitTopLevel(value).Select(p => PersonEntryParser.ParseOne(p)?.Name ?? p.Trim()).Where(p => p.Length > 0).ToList();
        if (names.Count > 1 && !names.All(PersonNames.LooksLikeName)) names = [PersonEntryParser.ParseLine(value)?.Name ?? value];
        return string.Join(", ", names.Select(n => Fullest(n, attendance)));
    }

    // A value that runs on into a second label ("Silence: Approved") is a speaker's line, not a person.
    private static bool NamesPerson(string value) => !value.Contains(':') && value.Any(char.IsLetter) &&
        (PersonEntryParser.ParseLine(value) != null || PersonEntryParser.SplitTopLevel(value).All(p => PersonNames.LooksLikeName(p.Trim().Replace('_', ' '))));

    private static string Fullest(string name, IReadOnlyList<Attendee> attendance)
    {
        // "AL elected chair": initials the attendance list gave a person name that person.
        if (name.Length is >= 2 and <= 4 && name.All(char.IsUpper)
            && attendance.Where(a => a.Abbreviation == name).ToList() is [var initialled]) return initialled.Name;
        var i = AttendanceParser.FindPerson(attendance, name);
        return i >= 0 && PersonNames.CoreTokens(attendance[i].Name).Count >= PersonNames.CoreTokens(name).Count ? attendance[i].Name : name;
    }

    // Word processors leave zero-width spaces around formatted runs ("(LV, ​Chair​)").
    private static string Clean(string text) => text.Replace("\u200b", "").Trim();

    [GeneratedRegex(@"\bminutes\s+(?:were\s+|was\s+)?(?:taken|recorded|written)\s+by\s+(?:the\s+(?:[\w-]+\s+)?(?:secretary|clerk|minute[\s-]?taker|scribe),\s+)?(?<n>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?:\s*\([^)]*\))?)", RegexOptions.IgnoreCase)]
    private static partial Regex TakenBy();

    [GeneratedRegex(@"^(?:(?:playing|acting\s+as|as)\s+)?(?:the\s+)?(?:acting|stand-?\s?in|temporary|substitute|interim|relief)\s+(?:secretary|minute[\s-]?taker|clerk|scribe)$", RegexOptions.IgnoreCase)]
    private static partial Regex StandInMinuteTaker();

    [GeneratedRegex(@"\bAs\s+(?:acting\s+)?chair(?:person|man|woman)?,\s+(?<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")]
    private static partial Regex AsChair();

    [GeneratedRegex(@"^(?:acting\s+)?(?:chair|chairman|chairperson|chairwoman|president|facilitator)$", RegexOptions.IgnoreCase)]
    private static partial Regex ChairRole();

    [GeneratedRegex(@"(?<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:chaired|chairing|was\s+in\s+the\s+chair|took\s+the\s+chair|(?:was\s+)?elected\s+(?:as\s+)?(?:the\s+)?(?i:chair)(?:man|person)?\s*(?:[.;,]|$))")]
    private static partial Regex Chaired();
}
