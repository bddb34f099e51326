using MinutesIngest.Core.Documents;

namespace MinutesIngest.Core.Extraction.Pdf;

/// <summary>Extracts pdf files into the block model.</summary>
public sealed class PdfExtractor : IDocumentExtractor
{
    public string Format => "pdf";

    public SourceDocument Extract(byte[] content, string sourceName) =>
        throw new ExtractionException("unsupported", "pdf extraction is not implemented yet");
}
