using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace MinutesIngest.Core.Extraction.Html;

/// <summary>Reads list styles from markup and renders counters the way browsers print them.</summary>
internal static partial class HtmlListLabel
{
    /// <summary>The style an ol/ul (or an li overriding it) asks for; null when the element does not say.</summary>
    public static HtmlListStyle? StyleOf(HtmlNode element)
    {
        // CSS wins over the presentational type attribute, as in a browser.
        var css = ListStyleCss().Match(element.GetAttributeValue("style", ""));
        if (css.Success)
        {
            foreach (var word in css.Groups[1].Value.ToLowerInvariant().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                HtmlListStyle? style = word switch
                {
                    "decimal" or "decimal-leading-zero" => HtmlListStyle.Decimal,
                    "lower-alpha" or "lower-latin" => HtmlListStyle.LowerAlpha,
                    "upper-alpha" or "upper-latin" => HtmlListStyle.UpperAlpha,
                    "lower-roman" => HtmlListStyle.LowerRoman,
                    "upper-roman" => HtmlListStyle.UpperRoman,
                    "none" or "disc" or "circle" or "square" => HtmlListStyle.Bullet,
                    _ => null,
                };
                if (style is not null) return style;
            }
        }
        return element.GetAttributeValue("type", "") switch
        {
            "1" => HtmlListStyle.Decimal,
            "a" => HtmlListStyle.LowerAlpha,
            "A" => HtmlListStyle.UpperAlpha,
            "i" => HtmlListStyle.LowerRoman,
            "I" => HtmlListStyle.UpperRoman,
            var t when t.Equals("disc", StringComparison.OrdinalIgnoreCase) || t.Equals("circle", StringComparison.OrdinalIgnoreCase)
                       || t.Equals("square", StringComparison.OrdinalIgnoreCase) => HtmlListStyle.Bullet,
            _ => null,
        };
    }

    /// <summary>An integer attribute (start, value), or null when absent or not a number.</summary>
    public static int? IntAttribute(HtmlNode element, string name) =>
        int.TryParse(element.GetAttributeValue(name, "").Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>The counter in the given style without punctuation ("3", "c", "iii"); decimal where the style cannot show it.</summary>
    public static string Render(int counter, HtmlListStyle style) => style switch
    {
        HtmlListStyle.LowerAlpha when counter > 0 => Alpha(counter),
        HtmlListStyle.UpperAlpha when counter > 0 => Alpha(counter).ToUpperInvariant(),
        HtmlListStyle.LowerRoman when counter is > 0 and < 4000 => Roman(counter).ToLowerInvariant(),
        HtmlListStyle.UpperRoman when counter is > 0 and < 4000 => Roman(counter),
        _ => counter.ToString(CultureInfo.InvariantCulture),
    };

    private static string Alpha(int n)
    {
        var sb = new StringBuilder();
        for (; n > 0; n = (n - 1) / 26) sb.Insert(0, (char)('a' + (n - 1) % 26));
        return sb.ToString();
    }

    private static string Roman(int n)
    {
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
            for (; n >= values[i]; n -= values[i]) sb.Append(symbols[i]);
        return sb.ToString();
    }

    [GeneratedRegex(@"list-style(?:-type)?\s*:\s*([^;""]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ListStyleCss();
}
