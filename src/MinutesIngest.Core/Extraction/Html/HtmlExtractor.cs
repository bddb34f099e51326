using HtmlAgilityPack;
using MinutesIngest.Core.Documents;

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
        var html = HtmlEncodingDetector.Decode(content);
        HtmlNestingGuard.EnsureShallow(html);

        // The guard has already bounded the depth; the parser's own limit is a second line of defence.
        var document = new HtmlDocument { OptionMaxNestedChildNodes = HtmlNestingGuard.MaxDepth * 2 };
        try { document.LoadHtml(html); }
        catch (Exception e) when (e is not OutOfMemoryException)
        { throw new ExtractionException("too_deep", $"the HTML could not be parsed: {e.Message}", e); }

        var properties = new Dictionary<string, string>();
        if (document.DocumentNode.Descendants("title").FirstOrDefault() is { } title
            && HtmlText.Collapse(HtmlEntity.DeEntitize(title.InnerText) ?? "") is { Length: > 0 } titleText)
            properties[TitleProperty] = titleText;

        var body = document.DocumentNode.Descendants("body").FirstOrDefault() ?? document.DocumentNode;
        HtmlChromeFilter.Remove(body);
        var main = HtmlContentLocator.Locate(body);
        if (main != body
            && body.Descendants("h1").FirstOrDefault(h => !h.Ancestors().Contains(main)) is { } heading
            && HtmlText.InlineText(heading) is { Length: > 0 } headingText)
            properties[ArticleHeadingProperty] = headingText;

        var blocks = new HtmlBlockWalker().Walk(main);
        if (blocks.Count == 0) throw new ExtractionException("no_text", "the HTML page has no visible text");
        return new SourceDocument(sourceName, Format, 1, blocks) { Properties = properties };
    }
}
