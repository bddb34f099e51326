using MinutesIngest.Core.Extraction.Layout;
namespace MinutesIngest.Core.Extraction.Pdf;

/// <summary>
/// Decides whether a page's text layer can be trusted. Broken font encodings give pages of letters that
/// read as nonsense or as one glyph repeated; such a page is better read from its picture.
/// </summary>
internal static class TextLayerCheck
{
    // Words any page of English minutes uses; a page of ten or more words with none of them is not English text.
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "a", "in", "for", "is", "on", "that", "by", "this", "with", "it", "as", "be", "at", "was",
        "are", "from", "or", "an", "were", "which", "has", "had", "not", "have", "will", "would", "should", "all", "their",
        "been", "there", "its", "any", "no", "into", "if", "we", "he", "she", "they", "his", "her", "our", "who", "but",
        "meeting", "minutes", "council", "item", "items", "action", "actions", "present", "apologies", "chair", "agreed",
        "resolved", "noted", "report", "date", "members", "committee", "board", "page", "agenda", "next", "due", "owner",
    };

    private static readonly HashSet<char> ShiftedSymbols = [.. "+*#=<>!$&~^|\\{}[]@%;"];

    /// <summary>True when the page's text looks like a broken text layer rather than words.</summary>
    public static bool IsJunk(IReadOnlyList<PdfTextLine> lines)
    {
        var glyphs = new HashSet<char>();
        var glyphCount = 0;
        var letterWords = 0;
        var known = 0;
        var replacement = 0;
        var letters = 0;
        var symbols = 0;
        foreach (var line in lines)
            foreach (var w in line.Words)
            {
                foreach (var c in w.Text)
                {
                    if (char.IsWhiteSpace(c)) continue;
                    glyphs.Add(c);
                    glyphCount++;
                    if (c == '\uFFFD' || char.IsControl(c)) replacement++;
                    if (char.IsLetter(c)) letters++;
                    else if (ShiftedSymbols.Contains(c)) symbols++;
                }
                var bare = w.Text.Trim('.', ',', ':', ';', '(', ')', '"', '\'');
                if (!bare.Any(char.IsLetter)) continue;
                letterWords++;
                if (CommonWords.Contains(bare)) known++;
            }
        if (glyphCount >= 20 && glyphs.Count == 1) return true;
        if (glyphCount >= 20 && replacement * 2 >= glyphCount) return true;
        // A font whose codes are offset from Unicode turns letters into digits and symbols ("+2++8/3-.+1*43"): text pages
        // run at 50-95 % letters with symbols such as + * # = at about 1 %, a shifted page at a few per cent letters.
        if (glyphCount >= 40 && letters < glyphCount * 0.25 && symbols >= glyphCount * 0.05) return true;
        return letterWords >= 10 && known == 0;
    }
}
