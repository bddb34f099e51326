using System.Runtime.CompilerServices;
using HtmlAgilityPack;

namespace MinutesIngest.Core.Extraction.Html;

/// <summary>Removes site chrome (menus, sidebars, footers, sharing widgets, hidden and scripted parts) from a page.</summary>
internal static class HtmlChromeFilter
{
    private static readonly HashSet<string> ChromeElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "button", "iframe", "aside", "footer", "dialog", "select", "textarea", "input",
    };

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog",
    };

    // Whole words of an id or class (split at '-', '_' and spaces) that name chrome.
    private static readonly HashSet<string> ChromeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "navbar", "navigation", "menu", "menubar", "sidebar", "widget", "widgets", "breadcrumb", "breadcrumbs",
        "cookie", "cookies", "banner", "footer", "masthead", "share", "sharing", "social", "comments", "skip", "related",
        "pagination", "toolbar", "advert", "advertisement", "ads", "diagnostics",
    };

    // Fragments that name chrome even inside camel-cased or run-together names ("mainMenu", "leftsidebar").
    private static readonly string[] ChromeFragments = ["sidebar", "navbar", "breadcrumb", "navigation", "menu", "cookie", "masthead", "widget"];

    private static readonly HashSet<string> NeverChrome = new(StringComparer.OrdinalIgnoreCase) { "html", "body", "main", "article" };

    /// <summary>Detaches every chrome element below <paramref name="body"/>.</summary>
    public static void Remove(HtmlNode body)
    {
        var pageLength = HtmlText.VisibleLength(body);
        var doomed = new List<HtmlNode>();
        Collect(body, pageLength, doomed);
        foreach (var node in doomed) node.Remove();
    }

    private static void Collect(HtmlNode node, int pageLength, List<HtmlNode> doomed)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == HtmlNodeType.Comment) { doomed.Add(child); continue; }
            if (child.NodeType != HtmlNodeType.Element) continue;
            if (IsChrome(child, pageLength)) doomed.Add(child);
            else Collect(child, pageLength, doomed);
        }
    }

    private static bool IsChrome(HtmlNode e, int pageLength)
    {
        if (ChromeElements.Contains(e.Name) || IsHidden(e)) return true;
        if (NeverChrome.Contains(e.Name)) return false;
        // ASP.NET pages wrap the whole page in one form; only a small form is a search box or login.
        if (e.Name == "form") return HtmlText.VisibleLength(e) * 2 < pageLength;
        // A list of same-page links is the document's own table of contents, not site navigation.
        if (e.Name == "nav") return !IsTableOfContents(e);
        if (e.Name == "header") return HasSiteNavigation(e);

        var role = e.GetAttributeValue("role", "").Trim();
        if (role.Equals("main", StringComparison.OrdinalIgnoreCase)) return false;
        if (ChromeRoles.Contains(role)) return !IsTableOfContents(e);

        var words = NameWords(e);
        if (words.Any(w => w.Equals("header", StringComparison.OrdinalIgnoreCase))) return HasSiteNavigation(e);
        if (!words.Any(IsChromeWord)) return false;
        if (IsTableOfContents(e)) return false;
        // A page wrapper may carry a misleading class ("no-sidebar"); only a small or link-heavy element is chrome.
        return HtmlText.VisibleLength(e) * 2 < pageLength || HtmlText.LinkDensity(e) > 0.5;
    }

    /// <summary>The words of an element's id and class attributes.</summary>
    public static IReadOnlyList<string> NameWords(HtmlNode e) =>
        (e.GetAttributeValue("id", "") + " " + e.GetAttributeValue("class", ""))
        .Split([' ', '\t', '\n', '\r', '-', '_'], StringSplitOptions.RemoveEmptyEntries);

    private static bool IsChromeWord(string word) =>
        ChromeWords.Contains(word) || ChromeFragments.Any(f => word.Contains(f, StringComparison.OrdinalIgnoreCase));

    private static bool IsHidden(HtmlNode e)
    {
        if (e.Attributes.Contains("hidden")) return true;
        if (e.GetAttributeValue("aria-hidden", "").Equals("true", StringComparison.OrdinalIgnoreCase)) return true;
        var style = e.GetAttributeValue("style", "").Replace(" ", "").ToLowerInvariant();
        return style.Contains("display:none") || style.Contains("visibility:hidden");
    }

    /// <summary>True when every link in the element points into the same page (#fragment).</summary>
    public static bool IsTableOfContents(HtmlNode e)
    {
        var hrefs = HtmlText.DescendantElements(e, "a").Select(a => a.GetAttributeValue("href", "").Trim()).Where(h => h.Length > 0).ToList();
        return hrefs.Count > 0 && hrefs.All(h => h.Length > 1 && h[0] == '#');
    }

    // A site header holds a menu: several links to other pages making up most of its text, or a nav element.
    private static bool HasSiteNavigation(HtmlNode e)
    {
        var outward = HtmlText.DescendantElements(e, "a").Count(a => a.GetAttributeValue("href", "#") is var h && !h.StartsWith('#'));
        if (outward < 3) return false;
        return HtmlText.LinkDensity(e) > 0.5
            || HtmlText.DescendantElements(e).Any(d => (d.Name == "nav" || NameWords(d).Any(IsChromeWord)) && !IsTableOfContents(d));
    }
}
