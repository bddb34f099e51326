using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Text;

/// <summary>Splits running text into sentences at a full stop, question or exclamation mark before a capital or a figure.</summary>
/// <remarks>One splitter for the whole parser: action markers, the counted-attendance lead-in and commitment candidates.</remarks>
public static partial class SentenceSplitter
{
    /// <summary>The sentences of the text, trimmed and non-empty, in order; an initial ("A. Lee"), a title ("Mr.", "Cllr.", "Prof.") or "e.g." ends none.</summary>
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

    /// <summary>The mark that ends a sentence (one character, the full stop or its like).</summary>
    public static Regex End() => SentenceEnd();

    [GeneratedRegex(@"(?<!\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Cllr|St|No|etc|e\.g|i\.e|approx|Prof|Rev|Sgt|Insp|Supt))[.!?](?=\s+[A-Z""'‘“(0-9])")]
    private static partial Regex SentenceEnd();
}
