using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Text;

/// <summary>Lower-cased word tokens of a text and the Jaccard overlap of two token sets.</summary>
public static partial class TextTokens
{
    /// <summary>The set of lower-cased word tokens (runs of letters and digits) in <paramref name="text"/>.</summary>
    public static IReadOnlySet<string> Of(string? text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(text)) return set;
        foreach (Match m in Word().Matches(TextNormalizer.Normalize(text))) set.Add(m.Value);
        return set;
    }

    /// <summary>|A ∩ B| / |A ∪ B|; two empty sets overlap fully (1), one empty set against a non-empty one not at all (0).</summary>
    public static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 && b.Count == 0) return 1;
        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    /// <summary>Jaccard overlap of the token sets of two texts.</summary>
    public static double Jaccard(string? a, string? b) => Jaccard(Of(a), Of(b));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
