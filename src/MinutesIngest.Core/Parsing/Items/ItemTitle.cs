using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Items;

/// <summary>
/// Derives an item's title from the text after its number: the heading whole; cut at a colon or dash only when
/// the heading runs on into prose; the first sentence when the numbered paragraph has no heading.
/// </summary>
public static partial class ItemTitle
{
    public static string? From(string rest, string? nextLine)
    {
        var text = rest.Trim().TrimEnd(':').Trim();
        if (text.Length == 0) return nextLine == null ? null : From(nextLine, null);
        text = TrailingNa().Replace(text, "").Trim();
        var words = Words(text);
        if (words > 25)
        {
            // "On Ratification of the Constitution: The Constitution was introduced …": a heading before a colon.
            var colon = text.IndexOf(':');
            if (colon > 0 && Words(text[..colon]) <= 10 && !text[..colon].Contains('.') && ReadsAsProse(text[(colon + 1)..].Trim()))
                return text[..colon].Trim();
            return FirstSentence(text);
        }
        var cut = Separator().Match(text);
        if (cut.Success && cut.Index > 0)
        {
            var head = text[..cut.Index].Trim();
            var tail = text[(cut.Index + cut.Length)..].Trim();
            if (head.Length > 0 && ReadsAsProse(tail)) return head.TrimEnd(':', ' ');
        }
        // A heading is one phrase; text that runs on past a sentence end is a numbered paragraph.
        var end = SentenceEnd().Match(text);
        return end.Success && end.Index + 1 < text.Length ? FirstSentence(text) : text;
    }

    /// <summary>Prose has a finite verb; a heading continuation ("update on options", "month 6 position") does not.</summary>
    private static bool ReadsAsProse(string tail) =>
        tail.Length > 0 && (ProseVerb().IsMatch(tail) || (char.IsLower(tail[0]) && tail.EndsWith('.') && Words(tail) >= 3));

    private static string FirstSentence(string text)
    {
        var m = SentenceEnd().Match(text);
        return m.Success ? text[..(m.Index + 1)].Trim() : text;
    }

    private static int Words(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"\s*(?::|\s[-–—]\s)\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\b(?:was|were|is|are|has|had|have|deferred|agreed|approved|noted|received|accepted|adopted|resolved|confirmed|signed|discussed|reported|postponed|carried|given|made|held|taken|none)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProseVerb();

    // A sentence ends at ". " followed by a capital, not after an initial or a common abbreviation.
    [GeneratedRegex(@"(?<!\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Cllr|St|No|Co|Ltd|etc|e\.g|i\.e|vs))[.!?](?=\s+[A-Z""'‘“(]|\s*$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+(?:N/A|n/a)\.?$")]
    private static partial Regex TrailingNa();
}
