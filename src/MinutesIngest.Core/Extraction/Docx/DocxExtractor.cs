using MinutesIngest.Core.Documents;

namespace MinutesIngest.Core.Extraction.Docx;

/// <summary>Extracts docx files into the block model.</summary>
public sealed class DocxExtractor : IDocumentExtractor
{
    public string Format => "docx";

    public SourceDocument Extract(byte[] content, string sourceName) =>
        throw new ExtractionException("unsupported", "docx extraction is not implemented yet");
}
