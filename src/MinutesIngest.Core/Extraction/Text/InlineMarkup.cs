using System.Net;
using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Extraction.Text;

/// <summary>Cleans inline markup that leaks into plain text: stray HTML tags, entities, markdown emphasis.</summary>
internal static partial class InlineMarkup
{
    /// <summary>Splits on block-level HTML tags (&lt;p&gt;, &lt;br&gt;, &lt;div&gt;, &lt;li&gt;) and strips every other tag.</summary>
    public static IEnumerable<string> SplitHtmlParagraphs(string text)
    {
        foreach (var part in BlockTag().Split(text))
        {
            var clean = Clean(part);
            if (clean.Length > 0) yield return clean;
        }
    }

    /// <summary>Removes tags, decodes entities, drops markdown bold/italic markers and collapses spaces.</summary>
    public static string Clean(string text)
    {
        var s = AnyTag().Replace(text, " ");
        s = WebUtility.HtmlDecode(s);
        s = Emphasis().Replace(s, "$2");
        s = s.Replace('\u00A0', ' ');
        return Spaces().Replace(s, " ").Trim();
    }

    [GeneratedRegex(@"</?(?:p|br|div|li|ul|ol|tr|h[1-6])\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"</?[a-zA-Z][^<>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
