using System.Text;
using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Extraction.Pdf;

/// <summary>
/// Removes running headers, footers and page numbers: lines near the top or bottom edge whose text
/// (digits ignored) repeats on other pages, and lines there that are only a page number.
/// </summary>
internal static partial class RunningFurnitureFilter
{
    // Share of the page height, from each edge, where running headers and footers live.
    private const double EdgeZone = 0.13;
    // Only the outermost lines at each edge are candidates; body text below them is left alone.
    private const int OutermostLines = 4;

    [GeneratedRegex(@"^(page)?#(of#)?$|^#\|?page$|^page#of#$|^-#-$|^\[#\]$|^#/#$|^\(#\)$")]
    private static partial Regex PageNumberKey();

    public static void Apply(IReadOnlyList<List<PdfTextLine>> pages, IReadOnlyList<double> pageHeights)
    {
        var candidates = new List<(int Page, PdfTextLine Line, string Key)>();
        for (var p = 0; p < pages.Count; p++)
        {
            var lines = pages[p];
            var height = pageHeights[p];
            for (var i = 0; i < Math.Min(OutermostLines, lines.Count); i++)
                if (lines[i].Top > height * (1 - EdgeZone)) candidates.Add((p, lines[i], "T" + Key(lines[i])));
            for (var i = Math.Max(0, lines.Count - OutermostLines); i < lines.Count; i++)
                if (lines[i].Bottom < height * EdgeZone) candidates.Add((p, lines[i], "B" + Key(lines[i])));
        }

        var pagesPerKey = candidates.GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Select(c => c.Page).Distinct().Count());
        var drop = new HashSet<PdfTextLine>(ReferenceEqualityComparer.Instance);
        foreach (var c in candidates)
        {
            var textKey = c.Key[1..];
            var sizeless = textKey[..textKey.LastIndexOf('@')];
            if (pagesPerKey[c.Key] >= 2 || PageNumberKey().IsMatch(sizeless)) drop.Add(c.Line);
        }
        if (drop.Count == 0) return;
        foreach (var lines in pages) lines.RemoveAll(drop.Contains);
    }

    // Lower-case text without whitespace, each run of digits as one '#', plus the rounded font size so a
    // page-1 title does not match a smaller running header with the same words.
    private static string Key(PdfTextLine line)
    {
        var sb = new StringBuilder();
        foreach (var w in line.Words)
            foreach (var ch in w.Text)
            {
                if (char.IsDigit(ch)) { if (sb.Length == 0 || sb[^1] != '#') sb.Append('#'); }
                else if (!char.IsWhiteSpace(ch)) sb.Append(char.ToLowerInvariant(ch));
            }
        sb.Append('@').Append(Math.Round(line.FontSize * 2) / 2);
        return sb.ToString();
    }
}
