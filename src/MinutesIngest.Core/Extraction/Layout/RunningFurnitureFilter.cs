using System.Text;
using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Extraction.Layout;

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

    /// <summary>Property holding the running header's lines, top first, joined by newlines: a letterhead printed on every page.</summary>
    public const string HeaderProperty = "running_header";

    /// <summary>Property holding the running footer's lines, joined by newlines.</summary>
    public const string FooterProperty = "running_footer";

    /// <summary>Drops the running lines from <paramref name="pages"/> and returns the text of those that are not page numbers, as
    /// first printed: the header's and the footer's.</summary>
    public static (List<string> Header, List<string> Footer) Apply(IReadOnlyList<List<PdfTextLine>> pages, IReadOnlyList<double> pageHeights)
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

        var drop = new HashSet<PdfTextLine>(ReferenceEqualityComparer.Instance);
        foreach (var group in candidates.GroupBy(c => c.Key))
            foreach (var c in group)
            {
                // The same text at the same edge on another page, in a size within 12 %: OCR measures a small running
                // line at 8 pt on one page and 9 pt on the next, while a page-1 title repeating the header is far larger.
                var repeats = group.Where(o => SimilarSize(o.Line.FontSize, c.Line.FontSize)).Select(o => o.Page).Distinct().Count();
                if ((repeats >= 2 && !IsNumberedHeading(c.Line)) || PageNumberKey().IsMatch(c.Key[1..])) drop.Add(c.Line);
            }
        if (drop.Count == 0) return ([], []);
        // What was dropped still says whose document it is (a letterhead, "Example Society • Minutes"): kept as text, once.
        var first = candidates.Where(c => drop.Contains(c.Line) && !PageNumberKey().IsMatch(c.Key[1..])).GroupBy(c => c.Key).Select(g => g.First()).ToList();
        foreach (var lines in pages) lines.RemoveAll(drop.Contains);
        return (RunningText(first, 'T'), RunningText(first, 'B'));
    }

    private static List<string> RunningText(List<(int Page, PdfTextLine Line, string Key)> lines, char edge) =>
        lines.Where(c => c.Key[0] == edge).OrderBy(c => c.Page).ThenByDescending(c => c.Line.Top)
            .Select(c => string.Join(' ', c.Line.Words.Select(w => w.Text)).Trim()).Where(t => t.Length > 0).ToList();

    // Minutes printed one meeting to a page (a term's weekly minutes in one file) put the same numbered heading ("4. Main
    // conclusions") at the foot of each page: a heading of the minutes, which no running header or footer is numbered like.
    private static bool IsNumberedHeading(PdfTextLine line) =>
        NumberedHeading().IsMatch(string.Join(' ', line.Words.Select(w => w.Text)).Trim());

    [GeneratedRegex(@"^\d{1,2}[.)]\s+\p{Lu}\p{Ll}+\s+\p{L}")]
    private static partial Regex NumberedHeading();

    private static bool SimilarSize(double a, double b) => Math.Abs(a - b) <= 0.12 * Math.Max(a, b) + 0.01;

    // Lower-case text without whitespace, each run of digits as one '#'.
    private static string Key(PdfTextLine line)
    {
        var sb = new StringBuilder();
        foreach (var w in line.Words)
            foreach (var ch in w.Text)
            {
                if (char.IsDigit(ch)) { if (sb.Length == 0 || sb[^1] != '#') sb.Append('#'); }
                else if (!char.IsWhiteSpace(ch)) sb.Append(char.ToLowerInvariant(ch));
            }
        return sb.ToString();
    }
}
