namespace MinutesIngest.Ingest.Triage;

/// <summary>Letter-spaced lines ("M I N U T E S", a PDF whose every glyph is its own word) squeezed to letters, so cue words can still be found in them.</summary>
public static class LetterSpacedText
{
    /// <summary>The squeezed, lower-cased text of the lines that are letter-spaced; empty when none is.</summary>
    public static string Squeeze(IEnumerable<string> lines) => string.Concat(lines.Where(IsLetterSpaced)
        .Select(l => new string(l.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant() + "\n"));

    /// <summary>How many times any of the cues (lower case, no spaces) occurs in squeezed text.</summary>
    public static int Count(string squeezed, params string[] cues) =>
        squeezed.Length == 0 ? 0 : cues.Sum(cue => CountOf(squeezed, cue));

    // Most "words" one character long: ordinary prose has about one in five (a, I, initials), spaced text nearly all.
    private static bool IsLetterSpaced(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 6 && words.Count(w => w.Length == 1) >= words.Length * 0.7;
    }

    private static int CountOf(string text, string cue)
    {
        var n = 0;
        for (var at = text.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = text.IndexOf(cue, at + cue.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
