using System.Runtime.CompilerServices;
using System.Text;
using HtmlAgilityPack;

namespace MinutesIngest.Core.Extraction.Html;

/// <summary>Text measurements and conversions over HtmlAgilityPack nodes.</summary>
internal static class HtmlText
{
    /// <summary>Elements whose content is never rendered as document text.</summary>
    public static readonly HashSet<string> InvisibleElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "title", "meta", "link", "base", "script", "style", "noscript", "template", "svg", "math",
        "button", "input", "select", "option", "textarea", "iframe", "frame", "object", "embed", "canvas",
        "audio", "video", "map", "area", "img", "picture", "source", "track", "datalist",
    };

    /// <summary>Elements that start a new line of text (a paragraph boundary) in a browser.</summary>
    public static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p",
        "plaintext", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "xmp",
    };

    /// <summary>The heading level of an h1–h6 element, or 0.</summary>
    public static int HeadingLevel(HtmlNode node) =>
        node.Name.Length == 2 && node.Name[0] == 'h' && node.Name[1] is >= '1' and <= '6' ? node.Name[1] - '0' : 0;

    /// <summary>Every element below the node in document order.</summary>
    /// <remarks>HtmlAgilityPack's Descendants() nests one iterator per level, which is quadratic on deep trees.</remarks>
    public static IEnumerable<HtmlNode> DescendantElements(HtmlNode node)
    {
        var pending = new Stack<HtmlNode>();
        for (var i = node.ChildNodes.Count - 1; i >= 0; i--) pending.Push(node.ChildNodes[i]);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (next.NodeType != HtmlNodeType.Element) continue;
            yield return next;
            for (var i = next.ChildNodes.Count - 1; i >= 0; i--) pending.Push(next.ChildNodes[i]);
        }
    }

    /// <summary>Every element below the node with this (lower-case) tag name, in document order.</summary>
    public static IEnumerable<HtmlNode> DescendantElements(HtmlNode node, string name) => DescendantElements(node).Where(e => e.Name == name);

    /// <summary>The element children of a node.</summary>
    public static IEnumerable<HtmlNode> ChildElements(HtmlNode node) => node.ChildNodes.Where(c => c.NodeType == HtmlNodeType.Element);

    /// <summary>The text of a text node with entities decoded.</summary>
    public static string Decoded(HtmlTextNode node) => Decode(node.Text);

    /// <summary>Decodes entities; C1 control characters become the windows-1252 characters browsers show for them.</summary>
    /// <remarks>Pages written on Windows use "&amp;#150;" for an en dash and "&amp;#146;" for an apostrophe.</remarks>
    public static string Decode(string raw)
    {
        var text = HtmlEntity.DeEntitize(raw) ?? "";
        if (!text.Any(IsC1Control)) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (IsC1Control(chars[i])) chars[i] = HtmlEncodingDetector.Windows1252.GetString([(byte)chars[i]])[0];
        return new string(chars);
    }

    private static bool IsC1Control(char c) => c is >= '\u0080' and <= '\u009F';

    /// <summary>Number of visible non-whitespace characters below the node.</summary>
    public static int VisibleLength(HtmlNode node)
    {
        var count = 0;
        var pending = new Stack<HtmlNode>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            var n = pending.Pop();
            if (n is HtmlTextNode t) count += CountVisible(t.Text);
            else if (n.NodeType == HtmlNodeType.Element && InvisibleElements.Contains(n.Name) && n != node) continue;
            else foreach (var c in n.ChildNodes) pending.Push(c);
        }
        return count;
    }

    /// <summary>Share of the node's visible text that sits inside links (1 for a menu, near 0 for prose).</summary>
    public static double LinkDensity(HtmlNode node)
    {
        var total = VisibleLength(node);
        if (total == 0) return 0;
        var linked = DescendantElements(node, "a").Where(a => !a.Ancestors("a").Any()).Sum(VisibleLength);
        return (double)linked / total;
    }

    /// <summary>The node's text on one line: entities decoded, block boundaries and line breaks as spaces, whitespace collapsed.</summary>
    public static string InlineText(HtmlNode node)
    {
        var sb = new StringBuilder();
        AppendInline(node, sb);
        return Collapse(sb.ToString());
    }

    private static void AppendInline(HtmlNode node, StringBuilder sb)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var child in node.ChildNodes)
        {
            if (child is HtmlTextNode t) { sb.Append(Decoded(t)); continue; }
            if (child.NodeType != HtmlNodeType.Element || InvisibleElements.Contains(child.Name) || HtmlStrikeThrough.IsStruck(child)) continue;
            var boundary = child.Name == "br" || BlockElements.Contains(child.Name);
            if (boundary) sb.Append(' ');
            AppendInline(child, sb);
            if (boundary) sb.Append(' ');
        }
    }

    /// <summary>Collapses every run of whitespace (including no-break spaces) to one space and trims.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsIgnorable(c)) continue;
            if (char.IsWhiteSpace(c)) { pendingSpace = sb.Length > 0; continue; }
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Characters a browser does not show: soft hyphens and zero-width marks.</summary>
    public static bool IsIgnorable(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    private static int CountVisible(string raw)
    {
        var n = 0;
        foreach (var c in raw) if (!char.IsWhiteSpace(c)) n++;
        return n;
    }
}
