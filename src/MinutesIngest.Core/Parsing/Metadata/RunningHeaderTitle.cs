using System.Text.RegularExpressions;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Layout;
using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Text;

namespace MinutesIngest.Core.Parsing.Metadata;

/// <summary>
/// The meeting's heading printed as a page header ("Example Club Annual General Meeting 19th November 2012" at the top of
/// every page, over a page-1 caption that only says "Minutes"): word processors put a title there, and the layout step
/// lifts it out of the text as a running line.
/// </summary>
internal static partial class RunningHeaderTitle
{
    /// <summary>True when the title found in the text names no meeting of its own: none, or only the word "Minutes".</summary>
    public static bool IsBare(string? title) => title == null || BareTitle().IsMatch(title.Trim());

    /// <summary>The first running header line that names a meeting and dates it with a year, without a closing date; null when there is none.</summary>
    public static (string Title, DateOnly Date)? Find(SourceDocument doc)
    {
        if (!doc.Properties.TryGetValue(RunningFurnitureFilter.HeaderProperty, out var header)) return null;
        foreach (var raw in header.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length < 12 || IsBare(line) || !MeetingVocabulary.HasMeetingWord(line)) continue;
            // The date closing the header line is the meeting's date field, not part of its title.
            if (DateFinder.FindFirst(line) is { YearWasGiven: true } d)
                return (d.Index > 0 && d.Index + d.Length >= line.TrimEnd('.').Length ? line[..d.Index].TrimEnd(' ', ',', '-', '–', '—') : line, d.Date);
        }
        return null;
    }

    [GeneratedRegex(@"^(?:the\s+)?(?:draft\s+|approved\s+|confirmed\s+)?minutes(?:\s+of\s+(?:the\s+)?(?:meeting|proceedings))?[.:]?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareTitle();
}
