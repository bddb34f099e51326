using MinutesIngest.Core.Extraction.Layout;

namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>
/// Removes what scanner dust and paper grain leave in a line of OCR'd words: marks read as one or two lower-case
/// letters at the edge of a line or a table cell ("Secretary oe", "o Name"), quote marks and dots glued to the front of
/// a line ("‘Item 3", "..Item 5"), and the space Tesseract puts inside a time ("7: 00").
/// </summary>
/// <remarks>Applied to OCR'd lines only. Real one- and two-letter words, roman numerals and list letters with their
/// bracket or stop are kept; a speck inside running text is left alone, since there it may be a real word.</remarks>
internal static class OcrSpecks
{
    // Short words of minutes (and roman numerals that number points) that must never be taken for a speck.
    private static readonly HashSet<string> ShortWords = new(StringComparer.Ordinal)
    {
        "a", "i", "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of", "oh",
        "ok", "on", "or", "so", "to", "up", "us", "we", "pm", "vs", "ie", "eg", "cc", "re", "ii", "iv", "vi", "ix", "xi",
        "v", "x", "c", "mr", "dr", "st", "nd", "rd", "th", "km", "kg", "mm", "cm", "ft", "hr", "hrs",
    };

    private const string GluedMarks = "‘’“”'\"`.,¢©";

    /// <summary>The words of one OCR'd line, left to right, without the specks.</summary>
    public static List<PdfWord> Clean(List<PdfWord> words)
    {
        var kept = new List<PdfWord>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var height = Math.Max(1, w.Top - w.Bottom);
            var edgeLeft = i == 0 || w.Left - words[i - 1].Right > 1.5 * height;
            var edgeRight = i == words.Count - 1 || words[i + 1].Left - w.Right > 1.5 * height;
            // A single mark opening a line may be a misread item label ("o" for "3."): the label repair reads it
            // from its place among the labels, so it is left for that.
            if (i == 0 && w.Text.Length == 1) { kept.Add(w); continue; }
            if (words.Count > 1 && IsSpeck(w.Text) && (edgeLeft || edgeRight)) continue;
            kept.Add(w);
        }
        if (kept.Count > 0 && StripLeadingMarks(kept[0].Text) is { } stripped) kept[0] = kept[0] with { Text = stripped };
        return JoinSplitTimes(kept);
    }

    private static bool IsSpeck(string text) =>
        text.Length is 1 or 2 && text.All(char.IsLower) && !ShortWords.Contains(text);

    // "‘Item", "..Item5", "“Minutes": marks before a capital or digit that opens the line.
    private static string? StripLeadingMarks(string text)
    {
        var start = 0;
        while (start < text.Length - 1 && GluedMarks.Contains(text[start])) start++;
        if (start == 0 || !(char.IsUpper(text[start]) || char.IsDigit(text[start]))) return null;
        // An ellipsis or a bracketed number is not glued dust.
        return text[..start] == "..." ? null : text[start..];
    }

    // "7:" then "00" or "00pm": one time, as printed.
    private static List<PdfWord> JoinSplitTimes(List<PdfWord> words)
    {
        for (var i = words.Count - 2; i >= 0; i--)
        {
            var (a, b) = (words[i].Text, words[i + 1].Text);
            if (a.Length is 2 or 3 && a[^1] == ':' && a[..^1].All(char.IsDigit) && b.Length >= 2 && b[..2].All(char.IsDigit)
                && (b.Length == 2 || !char.IsDigit(b[2])))
            {
                words[i] = words[i] with { Text = a + b, Right = words[i + 1].Right };
                words.RemoveAt(i + 1);
            }
        }
        return words;
    }
}
