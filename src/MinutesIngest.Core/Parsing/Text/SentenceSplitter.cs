using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Text;

/// <summary>Splits running text into sentences at a full stop, question or exclamation mark before a capital.</summary>
public static partial class SentenceSplitter
{
    /// <summary>The sentences of the text, trimmed, in order; an initial ("A. Lee") or a title ("Mr.", "Cllr.") ends none.</summary>
    public static IEnumerable<string> Split(string text)
    {
        var start = 0;
        foreach (Match m in SentenceEnd().Matches(text))
        {
            yield return text[start..(m.Index + 1)].Trim();
            start = m.Index + 1;
        }
        if (text[start..].Trim().Length > 0) yield return text[start..].Trim();
    }

    /// <summary>The mark that ends a sentence (one character, the full stop or its like).</summary>
    public static Regex End() => SentenceEnd();

    [GeneratedRegex(@"(?<!\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Cllr|St|No|etc|e\.g|i\.e))[.!?](?=\s+[A-Z""'‘“(])")]
    private static partial Regex SentenceEnd();
}
