using MinutesIngest.Core.Extraction.Guards;
namespace MinutesIngest.Core.Extraction.Html;

/// <summary>Rejects markup nested too deeply before HtmlAgilityPack parses it.</summary>
/// <remarks>
/// HtmlAgilityPack's parse time grows with the square of the nesting depth and its recursive tree code
/// can overflow the stack, so a cheap scan of the tags counts open elements first. Elements whose end tag
/// the parser supplies itself (p, li, td…) and void elements are not counted, as the parser closes them.
/// </remarks>
internal static class HtmlNestingGuard
{
    /// <summary>Deepest element nesting accepted; real documents stay far below a hundred.</summary>
    /// <remarks>Parsing time is quadratic in depth: a thousand levels already cost tens of milliseconds.</remarks>
    public const int MaxDepth = 1000;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr", "keygen", "basefont", "bgsound", "frame", "isindex", "spacer",
    };

    private static readonly HashSet<string> ImplicitlyClosed = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
    };

    private static readonly string[] RawTextElements = ["script", "style", "textarea", "title", "xmp"];

    /// <summary>Throws <see cref="ExtractionException"/> (reason bomb) when elements nest deeper than <see cref="MaxDepth"/>.</summary>
    public static void EnsureShallow(string html)
    {
        var open = new Stack<string>();
        var openCounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0) { i = SkipPast(html, i + 4, "-->"); continue; }
            if (i + 1 < html.Length && html[i + 1] is '!' or '?') { i = SkipPast(html, i + 2, ">"); continue; }

            var closing = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) { i++; continue; }
            var name = html[nameStart..nameEnd];
            var tagEnd = html.IndexOf('>', nameEnd);
            if (tagEnd < 0) break;
            i = tagEnd + 1;

            if (closing)
            {
                // A stray end tag for an element that is not open is ignored, as the parser does.
                if (openCounts.GetValueOrDefault(name) > 0)
                    while (open.Count > 0)
                    {
                        var popped = open.Pop();
                        openCounts[popped]--;
                        if (string.Equals(popped, name, StringComparison.OrdinalIgnoreCase)) break;
                    }
                continue;
            }

            if (RawTextElements.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }
            if (html[tagEnd - 1] == '/' || VoidElements.Contains(name) || ImplicitlyClosed.Contains(name)) continue;

            open.Push(name);
            openCounts[name] = openCounts.GetValueOrDefault(name) + 1;
            if (open.Count > MaxDepth)
                throw new ExtractionException(FailureReasons.Bomb,
                    $"HTML elements are nested more than {MaxDepth} levels deep (near character {nameStart}); refusing to parse");
        }
    }

    private static int SkipPast(string html, int from, string terminator)
    {
        var end = html.IndexOf(terminator, from, StringComparison.Ordinal);
        return end < 0 ? html.Length : end + terminator.Length;
    }
}
