using System.Text.RegularExpressions;
using MinutesIngest.Core.Extraction.Pdf;

namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>
/// Repairs item labels at the start of OCR'd lines, where a misread costs a whole item: the dot read as a
/// colon or comma ("3:" → "3."), a label run into its word ("Item6" → "Item 6"), and a roman numeral that
/// lost a stroke and repeats the one before it ("II." after "II." → "III.").
/// </summary>
internal static partial class OcrLabelRepair
{
    [GeneratedRegex(@"^(\d{1,2}(\.\d{1,2})*)[:,;]$")]
    private static partial Regex NumberWithWrongStop();

    [GeneratedRegex(@"^(Item|ITEM)(\d{1,2}(\.\w{1,2})?\.?)$")]
    private static partial Regex ItemRunOn();

    [GeneratedRegex(@"^([IVX]{1,5})\.$")]
    private static partial Regex Roman();

    private static readonly string[] Romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

    /// <summary>The line's words with a misread leading label put right (only the first word can be a label).</summary>
    public static List<PdfWord> RepairLineStart(List<PdfWord> words)
    {
        if (words.Count < 2) return words;
        var first = words[0];
        if (NumberWithWrongStop().Match(first.Text) is { Success: true } m)
            words[0] = first with { Text = m.Groups[1].Value + "." };
        else if (ItemRunOn().Match(first.Text) is { Success: true } item)
        {
            // Split the box in proportion to the characters so the layout still sees two words.
            var split = first.Left + (first.Right - first.Left) * item.Groups[1].Length / first.Text.Length;
            words[0] = first with { Text = item.Groups[1].Value, Right = split - 0.5 };
            words.Insert(1, first with { Text = item.Groups[2].Value, Left = split + 0.5 });
        }
        return words;
    }

    /// <summary>Across the document's OCR'd pages in reading order: a roman label equal to the one before becomes its successor.</summary>
    public static void RepairRomanSequence(List<List<PdfTextLine>> pages, IEnumerable<int> ocrPages)
    {
        var previous = -1;
        foreach (var p in ocrPages.Order())
            for (var i = 0; i < pages[p].Count; i++)
            {
                var line = pages[p][i];
                if (Roman().Match(line.Words[0].Text) is not { Success: true } m) continue;
                var index = Array.IndexOf(Romans, m.Groups[1].Value);
                if (index < 0) continue;
                if (index == previous && index + 1 < Romans.Length)
                {
                    index++;
                    var words = line.Words.ToList();
                    words[0] = words[0] with { Text = Romans[index] + "." };
                    pages[p][i] = line.With(words);
                }
                previous = index;
            }
    }
}
