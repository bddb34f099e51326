using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Text;

namespace MinutesIngest.Core.Parsing.Metadata;

/// <summary>The header's lines with site chrome dropped and a heading sentence that wraps over several lines joined into one.</summary>
public static class HeadingStack
{
    // A wrapped heading rarely runs past a handful of lines; more than this is body text.
    private const int MaxWrappedLines = 6;

    /// <summary>
    /// Converted and typeset minutes often break the opening heading ("MINUTES OF THE MEETING OF THE DISTRICT" / "HELD IN …
    /// ON …"): the first heading is joined while a line runs on into the next, so its date and venue clause are read whole.
    /// </summary>
    public static List<DocLine> From(IReadOnlyList<DocLine> header)
    {
        var lines = header.Where(l => !MeetingVocabulary.IsChrome(l.Text) && !MeetingVocabulary.IsBanner(l.Text)).ToList();
        if (lines.Count < 2 || !IsPlain(lines[0])) return lines;
        var joined = lines[0].Text.Trim();
        var used = 1;
        while (used < lines.Count && used < MaxWrappedLines && IsPlain(lines[used]) && SameStyle(lines[0], lines[used]) && RunsOn(joined, lines[used].Text.Trim()))
            joined += " " + lines[used++].Text.Trim();
        if (used == 1) return lines;
        return [lines[0] with { Text = joined }, .. lines.Skip(used)];
    }

    /// <summary>
    /// The title part of a heading joined by <see cref="From"/>: a sentence that wraps is cut where it turns to its venue and
    /// date ("… DISTRICT OF X" / "HELD IN …"); a heading line that is complete on its own keeps that line only.
    /// </summary>
    public static string TitleOf(string title, IReadOnlyList<DocLine> header, IReadOnlyList<DocLine> stack)
    {
        var first = header.FirstOrDefault(l => !MeetingVocabulary.IsChrome(l.Text) && !MeetingVocabulary.IsBanner(l.Text))?.Text.Trim();
        var joined = stack.Count > 0 ? stack[0].Text.Trim() : null;
        if (first == null || joined == null || joined == first || title != joined) return title;
        var held = MeetingVocabulary.HeldClause(title);
        return held.Success && held.Index >= first.Length ? title[..held.Index].TrimEnd(' ', ',') : first.TrimEnd(':', ' ');
    }

    // A heading followed by a paragraph is two statements, however the first ends.
    private static bool SameStyle(DocLine a, DocLine b) => a.Origin == b.Origin && a.Level == b.Level;

    private static bool IsPlain(DocLine l) => l.Row < 0 && l.Origin != LineOrigin.ListItem && l.Number == null;

    /// <summary>True when <paramref name="next"/> continues the sentence of <paramref name="previous"/>.</summary>
    private static bool RunsOn(string previous, string next)
    {
        if (previous.Length == 0 || next.Length == 0 || ".:;!?".Contains(previous[^1])) return false;
        if (MeetingVocabulary.IsFieldLabel(next) || next.Contains(':')) return false;
        if (MeetingVocabulary.EndsWithConnective(previous) || MeetingVocabulary.StartsWithConnective(next)) return true;
        // "X PARISH COUNCIL" / "MINUTES OF THE …": the minutes' heading starts with the record's name; the line above is a letterhead.
        if (MeetingVocabulary.StartsWithRecordName(next)) return false;
        // Two capitalised lines of one heading; a letterhead above a meeting heading, or a date line, stays apart.
        if (!IsAllCaps(previous) || !IsAllCaps(next)) return false;
        if (!MeetingVocabulary.HasMeetingWord(previous) && MeetingVocabulary.HasMeetingWord(next)) return false;
        return DateFinder.FindFirst(previous, 2000) == null && DateFinder.FindFirst(next, 2000) == null;
    }

    private static bool IsAllCaps(string text) => text.Any(char.IsLetter) && text.Where(char.IsLetter).All(char.IsUpper);
}
