using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Suggestions;

/// <summary>Splits a paragraph into sentences at . ! ? followed by a capital, but not after titles, initials or "e.g.".</summary>
public static partial class SentenceSplitter
{
    public static IEnumerable<string> Split(string text)
    {
        var start = 0;
        foreach (Match m in SentenceEnd().Matches(text))
        {
            var s = text[start..(m.Index + 1)].Trim();
            if (s.Length > 0) yield return s;
            start = m.Index + 1;
        }
        var rest = text[start..].Trim();
        if (rest.Length > 0) yield return rest;
    }

    [GeneratedRegex(@"(?<!\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Cllr|St|No|etc|e\.g|i\.e|approx|Prof|Rev|Sgt|Insp|Supt))[.!?](?=\s+[A-Z""'‘“(0-9])")]
    private static partial Regex SentenceEnd();
}
