using MinutesIngest.Core.Extraction.Html;

namespace MinutesIngest.Core.Extraction;

/// <summary>The titles a page carries outside its visible text, as extractors store them in a document's properties.</summary>
public static class PageTitleProperties
{
    /// <summary>A site generator's front-matter title, the HTML &lt;title&gt;, a site article's heading outside the content.</summary>
    public static readonly IReadOnlyList<string> Keys = ["front_matter_title", HtmlExtractor.TitleProperty, HtmlExtractor.ArticleHeadingProperty];

    /// <summary>The document's page titles, in <see cref="Keys"/> order, those it has.</summary>
    public static IEnumerable<string> Of(IReadOnlyDictionary<string, string> properties) =>
        Keys.Select(properties.GetValueOrDefault).OfType<string>();
}
