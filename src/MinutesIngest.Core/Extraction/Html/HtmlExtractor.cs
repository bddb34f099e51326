using MinutesIngest.Core.Documents;

namespace MinutesIngest.Core.Extraction.Html;

/// <summary>Extracts html files into the block model.</summary>
public sealed class HtmlExtractor : IDocumentExtractor
{
    public string Format => "html";

    public SourceDocument Extract(byte[] content, string sourceName) =>
        throw new ExtractionException("unsupported", "html extraction is not implemented yet");
}
