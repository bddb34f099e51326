using System.Text.RegularExpressions;

namespace MinutesIngest.Scoring;

/// <summary>Folds an item number to the key items are matched on: no &lt;p&gt; tags, no spaces, no trailing dots, lower case.</summary>
public static partial class ItemNumberNormalizer
{
    /// <summary>The comparison key of an item number; null gives "".</summary>
    public static string Normalize(string? number)
    {
        if (string.IsNullOrEmpty(number)) return "";
        var text = ParagraphTag().Replace(number, "");
        text = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        return text.TrimEnd('.').ToLowerInvariant();
    }

    /// <summary>True when both numbers have the same comparison key (so null equals null).</summary>
    public static bool AreEqual(string? a, string? b) => Normalize(a) == Normalize(b);

    [GeneratedRegex(@"</?p\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphTag();
}
