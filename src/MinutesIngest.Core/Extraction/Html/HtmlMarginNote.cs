using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace MinutesIngest.Core.Extraction.Html;

/// <summary>
/// An inline element floated or aligned to the right inside a paragraph ("… about the verge. &lt;span style="float:right"&gt;Clerk&lt;/span&gt;"):
/// the web form of an action margin. Its text is the paragraph's margin note when it is short.
/// </summary>
internal static partial class HtmlMarginNote
{
    public static string? Of(HtmlNode element)
    {
        var style = element.GetAttributeValue("style", "");
        var right = RightSet().IsMatch(style) || element.GetAttributeValue("align", "").Equals("right", StringComparison.OrdinalIgnoreCase);
        return right && HtmlText.InlineText(element) is { Length: > 0 } text && MarginNoteText.IsWordNote(text) ? text : null;
    }

    [GeneratedRegex(@"(?:float|text-align)\s*:\s*right", RegexOptions.IgnoreCase)]
    private static partial Regex RightSet();
}
