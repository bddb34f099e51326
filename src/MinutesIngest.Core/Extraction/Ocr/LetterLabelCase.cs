namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>
/// Puts lettered labels whose capital is the small letter drawn larger ("c." / "C.", "s." / "S.") in the case of the other
/// lettered labels standing in their column: read apart from any text, nothing tells Tesseract which it is.
/// </summary>
internal static class LetterLabelCase
{
    private const string CaseAlike = "cosuvwxzCOSUVWXZ";

    /// <summary>The page's words with each case-alike letter label given its column's case; unchanged when the column is mixed.</summary>
    public static List<OcrWord> Apply(IReadOnlyList<OcrWord> words)
    {
        var result = words.ToList();
        var labels = Enumerable.Range(0, result.Count).Where(i => Letter(result[i].Text) != null).ToList();
        foreach (var i in labels)
        {
            var word = result[i];
            var letter = Letter(word.Text)!.Value;
            if (!CaseAlike.Contains(letter)) continue;
            var column = labels.Select(j => result[j]).Where(w => Math.Abs(w.Left - word.Left) <= w.Height && !CaseAlike.Contains(Letter(w.Text)!.Value)).ToList();
            if (column.Count == 0) continue;
            if (column.All(w => char.IsLower(Letter(w.Text)!.Value))) letter = char.ToLowerInvariant(letter);
            else if (column.All(w => char.IsUpper(Letter(w.Text)!.Value))) letter = char.ToUpperInvariant(letter);
            result[i] = word with { Text = letter + word.Text[1..] };
        }
        return result;
    }

    private static char? Letter(string text) => text.Length == 2 && char.IsLetter(text[0]) && text[1] is '.' or ')' ? text[0] : null;
}
