using System.Text;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Html;

namespace MinutesIngest.Core.Tests.Extraction.Html;

/// <summary>Shortcuts for running the HTML extractor on strings and reading its blocks.</summary>
internal static class HtmlExtraction
{
    public static SourceDocument Extract(string html) => new HtmlExtractor().Extract(Encoding.UTF8.GetBytes(html), "test.html");

    public static SourceDocument Extract(byte[] bytes) => new HtmlExtractor().Extract(bytes, "test.html");

    /// <summary>All text of the document, table cells included, one block per line.</summary>
    public static string AllText(SourceDocument doc) => string.Join("\n", doc.Blocks.Select(BlockText.Of));

    /// <summary>List items as "Level|Number|Text" for compact assertions.</summary>
    public static string[] ListItems(SourceDocument doc) =>
        doc.Blocks.OfType<ListItemBlock>().Select(li => $"{li.Level}|{li.Number}|{li.Text}").ToArray();
}
