using HtmlAgilityPack;

namespace MinutesIngest.Core.Extraction.Html;

/// <summary>Finds the element that holds a page's own content (an article inside a site page), or the body.</summary>
/// <remarks>
/// Runs after chrome removal. A recognised container (main, article, role=main, a "content"/"entry"/"post"
/// id or class) is chosen only when nothing but a little loose text lies outside it, so a hand-written page
/// whose title, attendee list or contents sit outside its &lt;main&gt; keeps its body. Inside the chosen
/// container the walk may step further into a child that leaves out only the article's own heading block
/// (a CMS title and publication date), which the extractor reports as a property instead.
/// </remarks>
internal static class HtmlContentLocator
{
    private static readonly HashSet<string> ContentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "content", "maincontent", "main", "article", "entry", "post", "story", "primary",
    };

    private static readonly HashSet<string> SectionElements = new(StringComparer.OrdinalIgnoreCase) { "div", "section", "article", "main" };

    private static readonly HashSet<string> StructuralElements = new(StringComparer.OrdinalIgnoreCase) { "dl", "table", "ol", "ul", "pre" };

    // Loose text allowed outside the chosen container, as a share of the text it is measured against.
    private const double OutsideTextAllowance = 0.15;

    /// <summary>The content element below <paramref name="body"/>; <paramref name="body"/> itself when nothing narrower qualifies.</summary>
    public static HtmlNode Locate(HtmlNode body)
    {
        var total = HtmlText.VisibleLength(body);
        if (total == 0) return body;

        HtmlNode? best = null;
        var bestDepth = -1;
        foreach (var candidate in HtmlText.DescendantElements(body).Where(IsContentCandidate))
        {
            if (HtmlText.VisibleLength(candidate) * 2 < total || HasContentOutside(body, candidate, total, headingsCount: true)) continue;
            var depth = candidate.Ancestors().Count();
            if (depth > bestDepth) (best, bestDepth) = (candidate, depth);
        }
        return best is null ? body : Narrow(best);
    }

    // Inside a recognised container, step into a child that leaves out only the article's heading block.
    private static HtmlNode Narrow(HtmlNode container)
    {
        while (true)
        {
            var length = HtmlText.VisibleLength(container);
            var inner = container.ChildNodes.FirstOrDefault(c =>
                c.NodeType == HtmlNodeType.Element && SectionElements.Contains(c.Name)
                && HtmlText.VisibleLength(c) * 2 >= length && !HasContentOutside(container, c, length, headingsCount: false));
            if (inner is null) return container;
            container = inner;
        }
    }

    private static bool IsContentCandidate(HtmlNode e) =>
        e.NodeType == HtmlNodeType.Element
        && (e.Name is "main" or "article"
            || e.GetAttributeValue("role", "").Trim().Equals("main", StringComparison.OrdinalIgnoreCase)
            || ((SectionElements.Contains(e.Name) || e.Name == "td") && HtmlChromeFilter.NameWords(e).Any(ContentWords.Contains)));

    // Content outside: a heading (when they count), a list, table or definition list that is not a link menu,
    // or more loose text (outside links) than the allowance.
    private static bool HasContentOutside(HtmlNode scope, HtmlNode inner, int total, bool headingsCount)
    {
        var looseText = 0;
        var pending = new Stack<HtmlNode>();
        pending.Push(scope);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node == inner) continue;
            if (node is HtmlTextNode) { looseText += HtmlText.VisibleLength(node); continue; }
            if (node != scope && node.NodeType == HtmlNodeType.Element)
            {
                // Link text outside the content is navigation, whatever markup holds it.
                if (HtmlText.InvisibleElements.Contains(node.Name) || node.Name == "a") continue;
                if (HtmlText.HeadingLevel(node) > 0)
                {
                    if (headingsCount && HtmlText.VisibleLength(node) > 0) return true;
                    continue;
                }
                if (StructuralElements.Contains(node.Name) && !IsAncestorOf(node, inner)
                    && HtmlText.VisibleLength(node) > 0 && HtmlText.LinkDensity(node) <= 0.5)
                    return true;
            }
            foreach (var child in node.ChildNodes) pending.Push(child);
        }
        return looseText > total * OutsideTextAllowance;
    }

    private static bool IsAncestorOf(HtmlNode node, HtmlNode descendant) => descendant.Ancestors().Contains(node);
}
