namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>
/// Finds owner initials printed in a right-hand "Action" column ("NS", "AW/NS") and takes them out of
/// the body lines so they can be attached to the paragraph they sit beside.
/// </summary>
internal static class MarginNoteExtractor
{
    public static List<List<MarginNote>> Extract(IReadOnlyList<List<PdfTextLine>> pages, IReadOnlyList<double> pageWidths)
    {
        var result = pages.Select(_ => new List<MarginNote>()).ToList();
        var bodyRight = BodyRightEdge(pages);
        if (bodyRight is null) return result;

        for (var p = 0; p < pages.Count; p++)
        {
            var lines = pages[p];
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var start = line.SegmentStarts[^1];
                var noteWords = line.Words.Skip(start).ToList();
                var left = noteWords[0].Left;
                if (left < bodyRight.Value - 0.5 * line.FontSize || left < pageWidths[p] * 0.55) continue;
                var text = string.Join(" ", noteWords.Select(w => w.Text));
                if (!IsOwnerInitials(text)) continue;
                result[p].Add(new MarginNote(text, left, noteWords.Max(w => w.Right), noteWords.Min(w => w.Bottom), noteWords.Max(w => w.Top)));
                if (start == 0) { lines.RemoveAt(i); i--; }
                else lines[i] = line.With(line.Words.Take(start));
            }
        }
        return result;
    }

    /// <summary>Initials, possibly several joined by '/', '&amp;' or ',' ("NS", "AW/NS", "AHop").</summary>
    public static bool IsOwnerInitials(string text)
    {
        var parts = text.Split(['/', '&', ',', '+'], StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || text.Length > 24) return false;
        foreach (var part in parts)
        {
            if (part.Length is 0 or > 5 || !char.IsUpper(part[0]) || !part.All(char.IsLetter)) return false;
            if (part.Length > 2 && part.Count(char.IsUpper) < 2) return false;
        }
        return true;
    }

    // Where prose lines end: margin notes sit to the right of it. Null when there is too little prose to tell.
    private static double? BodyRightEdge(IReadOnlyList<List<PdfTextLine>> pages)
    {
        var rights = new List<double>();
        foreach (var lines in pages)
            foreach (var line in lines)
            {
                var firstSegmentEnd = line.SegmentStarts.Count > 1 ? line.SegmentStarts[1] : line.Words.Count;
                if (firstSegmentEnd < 6) continue;
                rights.Add(line.Words[firstSegmentEnd - 1].Right);
            }
        if (rights.Count < 3) return null;
        rights.Sort();
        return rights[(int)(rights.Count * 0.9)];
    }
}
