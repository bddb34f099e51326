using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Items;

/// <summary>
/// An unnumbered heading that opens a section of its own ("OLD BUSINESS", "New Business", "Reports:"): numbering that
/// restarts directly under it belongs to the section, not to the last numbered item above it.
/// </summary>
internal static class SectionHeading
{
    /// <summary>Headings are a short phrase; a longer line is a sentence or a title.</summary>
    private const int MaxWords = 6;

    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal) { "a", "an", "and", "the", "of", "for", "to", "in", "on", "or", "&", "from", "with", "by" };

    public static bool Is(DocLine line)
    {
        if (line.Number != null || !line.StartsBlock || line.IsMargin || line.Row >= 0 || line.Origin == LineOrigin.ListItem) return false;
        var raw = line.Text.Trim();
        var colon = raw.EndsWith(':');
        var text = raw.TrimEnd(':', ' ');
        if (text.Length == 0 || !char.IsUpper(text[0]) || text.Any(char.IsDigit) || NumberedLineReader.Read(raw) != null) return false;
        if (text[^1] is '.' or ';' or ',' or '?' or '!') return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords) return false;
        var allCaps = text.Count(char.IsLetter) >= 3 && !text.Any(char.IsLower);
        if (line.Origin == LineOrigin.Heading || allCaps) return true;
        // A mixed-case phrase with a colon leads into its own list ("The points raised:"); standing alone in title case
        // it is a heading.
        return !colon && words.All(w => !char.IsLetter(w[0]) || char.IsUpper(w[0]) || MinorWords.Contains(w));
    }

    /// <summary>True when two section headings are printed alike (same origin and level, both or neither in capitals): peers.</summary>
    public static bool AreAlike(DocLine a, DocLine b) =>
        a.Origin == b.Origin && a.Level == b.Level && IsCapitals(a.Text) == IsCapitals(b.Text);

    private static bool IsCapitals(string text) => text.Count(char.IsLetter) >= 3 && !text.Any(char.IsLower);
}
