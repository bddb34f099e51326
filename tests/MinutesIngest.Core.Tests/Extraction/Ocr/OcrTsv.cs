using System.Globalization;
using System.Text;

namespace MinutesIngest.Core.Tests.Extraction.Ocr;

/// <summary>Writes Tesseract-style TSV for a page of text lines, as Tesseract reports a 300 dpi US-letter scan.</summary>
internal static class OcrTsv
{
    public const int Width = 2550, Height = 3300;
    private const string Header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";

    public static string EmptyPage() => Header + "\n" + Row(1, 1, 0, 0, 0, 0, 0, 0, Width, Height, -1, "") + "\n";

    /// <summary>
    /// One Tesseract line per entry: words at (x, y) pixels (y = top of the line) set in 11 pt text, each word
    /// ~22 px per character; <paramref name="slope"/> tilts the page (pixels down per pixel right).
    /// </summary>
    public static string Page(IEnumerable<(int X, int Y, string Text)> lines, double slope = 0, double confidence = 91) =>
        Page(lines.Select(l => (l.X, l.Y, l.Text, confidence)), slope);

    /// <summary>As above, with a confidence per Tesseract line (Tesseract reports 0 for some correctly read labels).</summary>
    public static string Page(IEnumerable<(int X, int Y, string Text, double Confidence)> lines, double slope = 0)
    {
        var sb = new StringBuilder(Header).Append('\n');
        sb.Append(Row(1, 1, 0, 0, 0, 0, 0, 0, Width, Height, -1, "")).Append('\n');
        var line = 0;
        foreach (var (x0, y0, text, confidence) in lines)
        {
            line++;
            var x = x0;
            var word = 0;
            foreach (var w in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                word++;
                var width = 22 * w.Length;
                var top = (int)Math.Round(y0 + slope * x);
                // Capitals and ascenders reach 33 px above the baseline at 11 pt / 300 dpi; descenders 10 px below.
                var height = w.Any(c => "gjpqy,".Contains(c)) ? 43 : 33;
                sb.Append(Row(5, 1, line, 1, 1, word, x, top, width, height, confidence, w)).Append('\n');
                x += width + 14;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// A typewritten page: every character, space included, advances <paramref name="pitch"/> pixels, so two spaces after
    /// a full stop leave a gap of two cells; each word's ink stops 3 px short of its cells on either side.
    /// </summary>
    public static string Typewritten(IEnumerable<(int X, int Y, string Text)> lines, int pitch = 25)
    {
        var sb = new StringBuilder(Header).Append('\n');
        sb.Append(Row(1, 1, 0, 0, 0, 0, 0, 0, Width, Height, -1, "")).Append('\n');
        var line = 0;
        foreach (var (x0, y0, text) in lines)
        {
            line++;
            var word = 0;
            var i = 0;
            while (i < text.Length)
            {
                if (text[i] == ' ') { i++; continue; }
                var end = text.IndexOf(' ', i);
                if (end < 0) end = text.Length;
                var w = text[i..end];
                var height = w.Any(c => "gjpqy,".Contains(c)) ? 43 : 33;
                sb.Append(Row(5, 1, line, 1, 1, ++word, x0 + pitch * i + 3, y0, pitch * w.Length - 6, height, 90, w)).Append('\n');
                i = end;
            }
        }
        return sb.ToString();
    }

    private static string Row(int level, int page, int block, int par, int line, int word, int left, int top, int width, int height, double conf, string text) =>
        string.Join('\t', level, page, block, par, line, word, left, top, width, height, conf.ToString(CultureInfo.InvariantCulture), text);
}
