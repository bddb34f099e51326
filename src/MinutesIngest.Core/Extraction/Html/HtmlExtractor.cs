using MinutesIngest.Core.Extraction.Guards;
using HtmlAgilityPack;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Markup;

namespace MinutesIngest.Core.Extraction.Html;

/// <summary>Extracts HTML pages into the block model: decodes, drops site chrome, walks the content in reading order.</summary>
public sealed class HtmlExtractor : IDocumentExtractor
{
    /// <summary>Property holding the page's &lt;title&gt;.</summary>
    public const string TitleProperty = "html_title";

    /// <summary>Property holding the first &lt;h1&gt; that lies outside the extracted content (a site article's heading).</summary>
    public const string ArticleHeadingProperty = "article_h1";

    public string Format => "html";

    public SourceDocument Extract(byte[] content, string sourceName)
    {
        var html = WithoutFrontMatter(HtmlEncodingDetector.Decode(content), out var frontMatter);
        HtmlNestingGuard.EnsureShallow(html);

        // The guard counts only elements that must be closed explicitly; the real tree (ol > li > ol …) can be
        // deeper, so the parser's own limit and the stack checks in the recursive walks are further defences.
        // The text is decoded already: HtmlAgilityPack must not act on a meta charset itself (it throws on utf-7).
        var document = new HtmlDocument { OptionMaxNestedChildNodes = HtmlNestingGuard.MaxDepth * 2, OptionReadEncoding = false };
        try
        {
            document.LoadHtml(html);
            return Read(document, sourceName, frontMatter);
        }
        catch (InsufficientExecutionStackException e)
        { throw new ExtractionException(FailureReasons.Bomb, "HTML elements are nested too deeply to walk", e); }
        catch (Exception e) when (e is not (ExtractionException or OutOfMemoryException))
        { throw new ExtractionException(FailureReasons.Corrupt, $"the HTML could not be parsed: {e.Message}", e); }
    }

    // A site generator's page (Jekyll, Hugo) is YAML front matter, then the HTML: the front matter is the page's metadata
    // (title, date), kept as properties the way the text extractor keeps a Markdown page's, and not shown as text.
    private static string WithoutFrontMatter(string html, out Dictionary<string, string> properties)
    {
        properties = [];
        if (!html.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith("---", StringComparison.Ordinal)) return html;
        var lines = html.Replace("\r\n", "\n").Split('\n');
        var start = FrontMatter.Read(lines, out properties);
        return start > 0 ? string.Join("\n", lines[start..]) : html;
    }

    private SourceDocument Read(HtmlDocument document, string sourceName, Dictionary<string, string> properties)
    {
        if (HtmlText.DescendantElements(document.DocumentNode, "title").FirstOrDefault() is { } title
            && HtmlText.Collapse(HtmlText.Decode(title.InnerText)) is { Length: > 0 } titleText)
            properties[TitleProperty] = titleText;

        var body = HtmlText.DescendantElements(document.DocumentNode, "body").FirstOrDefault() ?? document.DocumentNode;
        if (body != document.DocumentNode) HtmlStrayContent.MoveIntoBody(body);
        HtmlChromeFilter.Remove(body);
        ScribeToolMarkup.RemoveResolutionSummary(body);
        ScribeToolMarkup.LiftTopics(body);
        var main = HtmlContentLocator.Locate(body);
        if (main != body
            && HtmlText.DescendantElements(body, "h1").FirstOrDefault(h => !h.Ancestors().Contains(main)) is { } heading
            && HtmlText.InlineText(heading) is { Length: > 0 } headingText)
            properties[ArticleHeadingProperty] = headingText;

        var blocks = new HtmlBlockWalker().Walk(main);
        blocks = ScribeToolMarkup.Clean(blocks);
        if (blocks.Count == 0) throw new ExtractionException("no_text", "the HTML page has no visible text");
        return new SourceDocument(sourceName, Format, 1, blocks) { Properties = properties };
    }
}
