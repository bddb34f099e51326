using HtmlAgilityPack;

namespace MinutesIngest.Core.Extraction.Html;

/// <summary>Puts content that follows a stray <c>&lt;/body&gt;</c> or <c>&lt;/html&gt;</c> back into the body, as a browser's parser does.</summary>
/// <remarks>
/// HtmlAgilityPack ends the body at the first closing tag and leaves what follows beside it, so a page with a stray
/// closing tag right after <c>&lt;body&gt;</c> would read as empty. The HTML standard's "after body" modes send every
/// later node into the body instead.
/// </remarks>
internal static class HtmlStrayContent
{
    /// <summary>Moves every node after <paramref name="body"/> (its later siblings, then its ancestors' later siblings) to its end, in order.</summary>
    public static void MoveIntoBody(HtmlNode body)
    {
        var trailing = new List<HtmlNode>();
        for (var node = body; node.ParentNode is { } parent; node = parent)
            for (var next = node.NextSibling; next != null; next = next.NextSibling) trailing.Add(next);
        foreach (var node in trailing)
        {
            node.Remove();
            body.AppendChild(node);
        }
    }
}
