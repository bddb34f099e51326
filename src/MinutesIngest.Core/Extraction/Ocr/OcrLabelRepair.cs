using MinutesIngest.Core.Extraction.Pdf;
using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Extraction.Layout;

namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>
/// Repairs item labels at the start of OCR'd lines, where a misread costs a whole item: the dot read as a
/// colon or comma before a title ("3: Apologies" → "3. Apologies"), a label run into its word ("Item6" → "Item 6"), and a roman numeral that
/// lost a stroke and repeats the one before it ("II." after "II." → "III.").
/// </summary>
internal static class OcrLabelRepair
{
    // Wider than a space: a bare number needs this much room before its title to be a label (as ItemLabel reads it).
    private const double LabelGap = 0.6;

    /// <summary>The line's words with a misread leading label put right (only the first word can be a label).</summary>
    public static List<PdfWord> RepairLineStart(List<PdfWord> words)
    {
        if (words.Count < 2) return words;
        var first = words[0];
        // Only before a title, and a comma only where a label's gap follows: a wrapped date, time or reference puts
        // "22, 2007", "10: 30" or "Chapter\n19, Development Code" at a line start too.
        if (ItemLabelGrammar.OcrDecimalDigits(first.Text) is { } digits && first.Text[^1] is ':' or ',' or ';' && char.IsUpper(words[1].Text[0])
            && (first.Text[^1] != ',' || words[1].Left - first.Right >= LabelGap * first.FontSize))
            words[0] = first with { Text = digits + "." };
        else if (ItemLabelGrammar.SplitRunOnLabel(first.Text) is var (word, number))
        {
            // Split the box in proportion to the characters so the layout still sees two words.
            var split = first.Left + (first.Right - first.Left) * word.Length / first.Text.Length;
            words[0] = first with { Text = word, Right = split - 0.5 };
            words.Insert(1, first with { Text = number, Left = split + 0.5 });
        }
        return words;
    }

    /// <summary>
    /// Across the document's OCR'd pages: the decimal labels at line starts are read as one sequence and misread ones
    /// put right from their place in it (<see cref="DecimalLabelSequence"/>). A token counts as a label when a
    /// capitalised title follows it; an unreadable one must also stand apart from its title by a label's gap and
    /// line up with a readable label, so a word opening a sentence is never taken for one. A misread label would
    /// otherwise lose its item, or split the heading into two columns and start a table.
    /// </summary>
    public static void RepairNumberSequence(List<List<PdfTextLine>> pages, IEnumerable<int> ocrPages)
    {
        var entries = new List<(int Page, int Line, bool Readable)>();
        var lefts = new List<double>();
        foreach (var p in ocrPages.Order())
            for (var i = 0; i < pages[p].Count; i++)
            {
                var words = pages[p][i].Words;
                if (words.Count < 2 || words[0].Text.Length > 6 || !(char.IsUpper(words[1].Text[0]) || char.IsDigit(words[1].Text[0]))) continue;
                var gap = words[1].Left - words[0].Right;
                var readable = ItemLabelGrammar.OcrDecimalDigits(words[0].Text) != null;
                // A bare number needs a label's gap as ItemLabel does ("12 Members" is a sentence); a dotted one does not.
                var labelGap = gap >= 0.6 * words[0].FontSize;
                if (readable && (labelGap || (words[0].Text.Contains('.') && gap >= 0.15 * words[0].FontSize)))
                {
                    entries.Add((p, i, true));
                    lefts.Add(words[0].Left);
                }
                else if (!readable && labelGap && !ItemLabel.IsStrongBullet(words[0].Text))
                    entries.Add((p, i, false));
            }
        entries.RemoveAll(e => !e.Readable && !lefts.Any(l => Math.Abs(l - pages[e.Page][e.Line].Words[0].Left) <= 6));
        var repaired = DecimalLabelSequence.Repair(entries.Select(e => pages[e.Page][e.Line].Words[0].Text).ToList());
        for (var e = 0; e < entries.Count; e++)
        {
            if (repaired[e] is not { } text) continue;
            var (page, index, _) = entries[e];
            var words = pages[page][index].Words.ToList();
            words[0] = words[0] with { Text = text };
            pages[page][index] = pages[page][index].With(words);
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
                if (ItemLabelGrammar.UpperRomanLabel(line.Words[0].Text) is not { } numeral) continue;
                var value = ItemLabelGrammar.RomanValue(numeral);
                if (value == 0) continue;
                if (value == previous && ItemLabelGrammar.RomanNumeralOf(value + 1) is { } successor)
                {
                    value++;
                    var words = line.Words.ToList();
                    words[0] = words[0] with { Text = successor + "." };
                    pages[p][i] = line.With(words);
                }
                previous = value;
            }
    }
}
