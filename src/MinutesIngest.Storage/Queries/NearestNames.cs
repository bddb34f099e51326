namespace MinutesIngest.Storage.Queries;

/// <summary>Ranks names by how much of a typed text they contain, by letter trigrams, so a misspelt or partial filter finds its candidates.</summary>
public static class NearestNames
{
    /// <summary>
    /// The <paramref name="count"/> names nearest <paramref name="text"/>: most of the text's trigrams found in the name
    /// first (a long name holding the text is near, unlike plain similarity), then the shorter name, then by name.
    /// Names sharing no trigram with the text are left out.
    /// </summary>
    public static IReadOnlyList<string> Rank(string text, IEnumerable<string> names, int count)
    {
        var wanted = Trigrams(text);
        if (wanted.Count == 0) return [];
        return names.Distinct(StringComparer.Ordinal)
            .Select(n => (Name: n, Score: Trigrams(n).Count(wanted.Contains) / (double)wanted.Count))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Name.Length).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(count).Select(x => x.Name).ToList();
    }

    /// <summary>The trigrams of each lower-cased word padded as pg_trgm pads them (two spaces before, one after).</summary>
    public static HashSet<string> Trigrams(string text)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in text.ToLowerInvariant().Split(c => !char.IsLetterOrDigit(c)))
        {
            if (word.Length == 0) continue;
            var padded = "  " + word + " ";
            for (var i = 0; i + 3 <= padded.Length; i++) grams.Add(padded.Substring(i, 3));
        }
        return grams;
    }

    private static string[] Split(this string text, Func<char, bool> separator)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !separator(text[i])) continue;
            if (i > start) words.Add(text[start..i]);
            start = i + 1;
        }
        return [.. words];
    }
}
