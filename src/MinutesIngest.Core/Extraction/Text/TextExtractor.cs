using System.Text.RegularExpressions;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Markup;

namespace MinutesIngest.Core.Extraction.Text;

/// <summary>
/// Extracts plain text and markdown: YAML front matter to properties, markdown headings and bullets kept,
/// tab-separated, pipe and wide-space-aligned columns to tables, stray HTML tags stripped.
/// </summary>
public sealed partial class TextExtractor : IDocumentExtractor
{
    /// <summary>Property set when the whole text is structured data ("json", "csv", "yaml"), not prose.</summary>
    public const string DataFormatProperty = "data_format";

    public string Format => "txt";

    public SourceDocument Extract(byte[] content, string sourceName)
    {
        var text = TextDecoder.Decode(content).Replace("\r\n", "\n").Replace('\r', '\n').Replace('\f', '\n');
        var lines = text.Split('\n');
        var start = FrontMatter.Read(lines, out var properties);
        if (DataFileShape.Of(text, sourceName) is { } data) properties[DataFormatProperty] = data;
        // Sites that keep each meeting as data publish pages whose front matter is the whole record and whose body is
        // empty; the fields are then the minutes, read as "Label: value" lines and bullets.
        if (start > 0 && lines.Skip(start).All(string.IsNullOrWhiteSpace))
        {
            lines = FrontMatter.AsText(lines[..start]);
            start = 0;
        }
        PandocTitleBlock.Unmark(lines, start);
        WikiMarkup.Unmark(lines, start);
        var blocks = new TextBlockBuilder().Build(lines.AsSpan(start));
        return new SourceDocument(sourceName, Format, 1, blocks) { Properties = properties };
    }
}
