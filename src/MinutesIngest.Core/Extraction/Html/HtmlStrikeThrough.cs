using HtmlAgilityPack;

namespace MinutesIngest.Core.Extraction.Html;

/// <summary>Recognises struck-through elements: &lt;del&gt;, &lt;s&gt;, &lt;strike&gt; and inline line-through styles.</summary>
/// <remarks>
/// Struck text is wording the minutes withdrew (a corrected name, a cancelled action), the hand-made form of a
/// tracked deletion; it is dropped at extraction like Word's deleted runs so that no rule reads it and search
/// does not find what the document took back.
/// </remarks>
internal static class HtmlStrikeThrough
{
    private static readonly HashSet<string> StruckElements = new(StringComparer.OrdinalIgnoreCase) { "del", "s", "strike" };

    /// <summary>True when the element's own tag or style strikes its text through.</summary>
    public static bool IsStruck(HtmlNode element) =>
        StruckElements.Contains(element.Name)
        || element.GetAttributeValue("style", "").Contains("line-through", StringComparison.OrdinalIgnoreCase);
}
