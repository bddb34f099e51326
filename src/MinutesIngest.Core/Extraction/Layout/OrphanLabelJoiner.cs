namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>
/// Puts an item number that prints on a line of its own (left column of a layout table, vertically
/// offset from its title) back in front of its title, so "6." + "Appointment of Auditor" reads
/// "6. Appointment of Auditor".
/// </summary>
internal static class OrphanLabelJoiner
{
    public static void Apply(List<PdfTextLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var label = lines[i];
            if (label.Words.Count != 1 || label.LabelWords != 1 || label.HasBullet) continue;
            var target = PickTitle(lines, i);
            if (target < 0) continue;
            var title = lines[target];
            lines[target] = title.With(title.Words.Prepend(label.Words[0] with { Baseline = title.Baseline }));
            lines.RemoveAt(i);
            i--;
        }
    }

    private static int PickTitle(List<PdfTextLine> lines, int labelIndex)
    {
        var label = lines[labelIndex];
        var best = -1;
        var bestScore = double.MaxValue;
        foreach (var j in new[] { labelIndex - 1, labelIndex + 1 })
        {
            if (j < 0 || j >= lines.Count) continue;
            var c = lines[j];
            var distance = Math.Abs(c.Baseline - label.Baseline);
            if (distance > 1.7 * Math.Max(label.FontSize, c.FontSize)) continue;
            if (c.Left <= label.Right || c.LabelWords > 0) continue;
            if (c.Left - label.Right > 12 * label.FontSize) continue;
            // A title set in the number's own weight wins over the body text on the other side.
            var score = distance + (c.Bold == label.Bold ? 0 : 100) + (j < labelIndex ? 0 : 0.5);
            if (score < bestScore) { bestScore = score; best = j; }
        }
        return best;
    }
}
