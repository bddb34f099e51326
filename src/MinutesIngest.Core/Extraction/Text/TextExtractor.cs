using MinutesIngest.Core.Documents;

namespace MinutesIngest.Core.Extraction.Text;

/// <summary>Extracts txt files into the block model.</summary>
public sealed class TextExtractor : IDocumentExtractor
{
    public string Format => "txt";

    public SourceDocument Extract(byte[] content, string sourceName) =>
        throw new ExtractionException("unsupported", "txt extraction is not implemented yet");
}
