using MinutesIngest.Core.Documents;

namespace MinutesIngest.Core.Extraction;

/// <summary>Turns the bytes of one file format into the common block model.</summary>
public interface IDocumentExtractor
{
    /// <summary>The contract's format name this extractor produces ("txt", "html", "docx", "pdf").</summary>
    string Format { get; }

    /// <summary>Builds the block model. Throws <see cref="ExtractionException"/> for input it cannot read.</summary>
    SourceDocument Extract(byte[] content, string sourceName);
}
