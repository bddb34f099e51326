namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>
/// Words sharing a baseline, sorted left to right. Words separated by a gap much wider than a space
/// start a new segment: a table cell, a column, or a number printed apart from its title.
/// </summary>
internal sealed class PdfTextLine
{
    public PdfTextLine(IReadOnlyList<PdfWord> words)
    {
        Words = words;
        Baseline = words.MaxBy(w => w.FontSize)!.Baseline;
        Left = words[0].Left;
        Right = words.Max(w => w.Right);
        Bottom = words.Min(w => w.Bottom);
        Top = words.Max(w => w.Top);
        var chars = 0.0; var boldChars = 0.0; var sizeSum = 0.0;
        foreach (var w in words)
        {
            chars += w.Text.Length;
            sizeSum += w.FontSize * w.Text.Length;
            if (w.Bold) boldChars += w.Text.Length;
        }
        FontSize = chars > 0 ? sizeSum / chars : words[0].FontSize;
        Bold = chars > 0 && boldChars / chars >= 0.6;
        SegmentStarts = FindSegments(words);
        LabelWords = ItemLabel.LeadingLabelWords(this);
    }

    public IReadOnlyList<PdfWord> Words { get; }
    public double Baseline { get; }
    public double Left { get; }
    public double Right { get; }
    public double Bottom { get; }
    public double Top { get; }
    public double FontSize { get; }
    public bool Bold { get; }

    /// <summary>Index of the first word of each segment (always starts with 0).</summary>
    public IReadOnlyList<int> SegmentStarts { get; }

    /// <summary>Number of leading words that form an item label ("6.1", "•", "IV."); 0 when none.</summary>
    public int LabelWords { get; }

    public bool HasBullet => LabelWords > 0 && ItemLabel.IsBullet(Words[0].Text);

    /// <summary>Left edge of the text after the label (the column continuation lines align with).</summary>
    public double TextLeft => LabelWords > 0 && LabelWords < Words.Count ? Words[LabelWords].Left : Left;

    public string Text => string.Join(" ", Words.Select(w => w.Text));

    /// <summary>The text without a leading bullet glyph.</summary>
    public string TextAfterBullet => HasBullet ? string.Join(" ", Words.Skip(LabelWords).Select(w => w.Text)) : Text;

    /// <summary>
    /// Segments as [first, end) word ranges, with a label segment merged into the text after it so that
    /// "1.      Apologies" reads as one piece of text rather than a two-column table row.
    /// </summary>
    public IReadOnlyList<(int First, int End)> ContentSegments()
    {
        var result = new List<(int, int)>(SegmentStarts.Count);
        for (var s = 0; s < SegmentStarts.Count; s++)
        {
            var end = s + 1 < SegmentStarts.Count ? SegmentStarts[s + 1] : Words.Count;
            if (s == 0 && LabelWords > 0 && end <= LabelWords && s + 1 < SegmentStarts.Count)
            {
                end = s + 2 < SegmentStarts.Count ? SegmentStarts[s + 2] : Words.Count;
                s++;
                result.Add((0, end));
                continue;
            }
            result.Add((SegmentStarts[s], end));
        }
        return result;
    }

    /// <summary>A new line made of some of this line's words (kept in order).</summary>
    public PdfTextLine With(IEnumerable<PdfWord> words) => new(words.OrderBy(w => w.Left).ToList());

    // A gap of more than ~1.2 em is not an inter-word space even in loosely justified text. Typewritten text puts two
    // spaces after a sentence: up to three character cells between fixed-pitch words is still running text.
    private const int TypewriterSpaceCells = 3;

    private static List<int> FindSegments(IReadOnlyList<PdfWord> words)
    {
        var starts = new List<int> { 0 };
        for (var i = 1; i < words.Count; i++)
        {
            var size = (words[i].FontSize + words[i - 1].FontSize) / 2;
            var space = words[i].Pitch is { } a && words[i - 1].Pitch is { } b ? Math.Max(1.2 * size, TypewriterSpaceCells * Math.Max(a, b)) : 1.2 * size;
            if (words[i].Left - words[i - 1].Right > space) starts.Add(i);
        }
        return starts;
    }

    public override string ToString() => $"{Baseline:F1} [{Left:F0}-{Right:F0}] {Text}";
}
