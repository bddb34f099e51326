using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Items;

/// <summary>Recognises item numbers at the start of a line ("2.1", "23/045", "Item 4.B", "(a)", "iv.") or in a rendered list label.</summary>
public static partial class NumberedLineReader
{
    /// <summary>Reads a number at the start of <paramref name="text"/>, or from <paramref name="label"/> (auto-numbering) when given.</summary>
    public static NumberedLine? Read(string text, string? label = null)
    {
        if (label != null)
        {
            var fromLabel = Parse(label.Trim() + " ", requireRest: false);
            return fromLabel == null ? null : fromLabel with { Rest = text.Trim() };
        }
        return Parse(text, requireRest: true);
    }

    private static NumberedLine? Parse(string text, bool requireRest)
    {
        Match m;
        if ((m = Labelled().Match(text)).Success)
            return new NumberedLine(m.Groups["n"].Value, NumberScheme.Labelled, m.Groups["rest"].Value.Trim(), true);
        if ((m = Slash().Match(text)).Success)
            return new NumberedLine(m.Groups["n"].Value, NumberScheme.Slash, m.Groups["rest"].Value.Trim(), true);
        // A number alone on its line ("2.", "4)") heads the lines that follow; a bare "12" is more likely a page number.
        if ((m = Decimal().Match(text)).Success && (!requireRest || m.Groups["rest"].Value.Trim().Length > 0 || m.Groups["d"].Success))
        {
            var n = m.Groups["n"].Value;
            if (n.Split('.').Any(p => p.Length > 3)) return null;
            var delimited = m.Groups["d"].Success || n.Contains('.');
            return new NumberedLine(n, NumberScheme.Decimal, m.Groups["rest"].Value.Trim(), delimited);
        }
        if ((m = Roman().Match(text)).Success && (!requireRest || m.Groups["rest"].Value.Trim().Length > 0))
            return new NumberedLine(m.Groups["n"].Value, NumberScheme.Roman, m.Groups["rest"].Value.Trim(), true);
        if ((m = Letter().Match(text)).Success && (!requireRest || m.Groups["rest"].Value.Trim().Length > 0))
            return new NumberedLine(m.Groups["n"].Value, NumberScheme.Letter, m.Groups["rest"].Value.Trim(), true);
        return null;
    }

    [GeneratedRegex(@"^Item\s+(?<n>\d{1,3}(?:\.[A-Za-z0-9]{1,3})*)\s*[.:)\-–]?\s+(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^(?<n>\d{1,3}/\d{1,4})\.?(?:\s+|$)(?<rest>.*)$")]
    private static partial Regex Slash();

    // "2.1 Title", "3. Title", "4) Title", "12 Title"; not "10.30am", "2020 budget", "1,000".
    [GeneratedRegex(@"^(?<n>\d{1,3}(?:\.\d{1,3}){0,4})(?<d>[.)])?(?![\d,:/%])(?:\s+|$|(?<=[.)])(?=[A-Z]))(?<rest>(?![ap]\.?m\b|pm\b|am\b|hrs?\b|minutes?\b|mins?\b|%|per\b|st\b|nd\b|rd\b|th\b)(?!(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b).*)$")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^\(?(?<n>(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|I{1,3}|IV|VI{0,3}|IX|XI{0,3}))[.)]\s+(?<rest>.*)$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^\(?(?<n>[a-zA-Z])[.)]\s+(?<rest>.*)$")]
    private static partial Regex Letter();
}
