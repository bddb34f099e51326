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

    [GeneratedRegex(@"^(\d{1,2})(\.?)$")]
    private static partial Regex TopNumber();

    /// <summary>
    /// Across the document's OCR'd pages: a short unreadable token standing where a top-level number belongs
    /// (same left edge as the numbers, a label's gap before a capitalised title) between numbers n-1 and n+1
    /// ("4 … Zz: … 6", or before "2" at the start) is number n. A misread label would otherwise split the heading
    /// into two columns and start a table.
    /// </summary>
    public static void RepairNumberSequence(List<List<PdfTextLine>> pages, IEnumerable<int> ocrPages)
    {
        var entries = new List<(int Page, int Line, int? Number, string Stop)>();
        var lefts = new List<double>();
        foreach (var p in ocrPages.Order())
            for (var i = 0; i < pages[p].Count; i++)
            {
                var words = pages[p][i].Words;
                if (words.Count < 2 || words[0].Text.Length > 4 || !char.IsUpper(words[1].Text[0])) continue;
                if (words[1].Left - words[0].Right < 0.6 * words[0].FontSize) continue;
                if (TopNumber().Match(words[0].Text) is { Success: true } m)
                {
                    entries.Add((p, i, int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value));
                    lefts.Add(words[0].Left);
                }
                else if (!ItemLabel.IsNumber(words[0].Text) && !ItemLabel.IsBullet(words[0].Text))
                    entries.Add((p, i, null, ""));
            }
        if (lefts.Count < 2) return;
        for (var e = 0; e < entries.Count; e++)
        {
            var (page, index, number, _) = entries[e];
            if (number != null) continue;
            var line = pages[page][index];
            if (!lefts.Any(l => Math.Abs(l - line.Words[0].Left) <= 6)) continue;
            var before = entries.Take(e).LastOrDefault(x => x.Number != null);
            var after = entries.Skip(e + 1).FirstOrDefault(x => x.Number != null);
            int? guess = before.Number is { } b && after.Number == b + 2 ? b + 1
                : before.Number == null && after.Number == 2 ? 1
                : null;
            if (guess == null) continue;
            var stop = (after.Number != null ? after.Stop : before.Stop) ?? "";
            var words = line.Words.ToList();
            words[0] = words[0] with { Text = guess.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + stop };
            pages[page][index] = line.With(words);
            entries[e] = (page, index, guess, stop);
        }
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
