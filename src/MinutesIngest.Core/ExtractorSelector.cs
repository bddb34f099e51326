using MinutesIngest.Core.Extraction;
using MinutesIngest.Core.Extraction.Docx;
using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Core.Extraction.Html;
using MinutesIngest.Core.Extraction.Ocr;
using MinutesIngest.Core.Extraction.Pdf;
using MinutesIngest.Core.Extraction.Text;

namespace MinutesIngest.Core;

/// <summary>Maps a file's sniffed kind to the extractor that reads it.</summary>
public sealed class ExtractorSelector
{
    private readonly Dictionary<FileKind, IDocumentExtractor> _byKind;

    /// <summary>Extractors for every supported kind; scanned pages and images go through <paramref name="ocr"/> (default: Tesseract).</summary>
    public ExtractorSelector(IOcrEngine? ocr = null) => _byKind = new()
    {
        [FileKind.Text] = new TextExtractor(),
        [FileKind.Html] = new HtmlExtractor(),
        [FileKind.Docx] = new DocxExtractor(),
        [FileKind.Pdf] = new PdfExtractor(ocr),
        [FileKind.Image] = new ImageExtractor(ocr),
    };

    /// <summary>The extractor for these bytes, or an <see cref="ExtractionException"/> saying why there is none.</summary>
    public IDocumentExtractor Select(ReadOnlySpan<byte> content, string fileName)
    {
        var kind = FileKindSniffer.Sniff(content, fileName);
        if (_byKind.TryGetValue(kind, out var extractor)) return extractor;
        throw kind switch
        {
            FileKind.Empty => new ExtractionException(FailureReasons.Empty, "the file is empty"),
            FileKind.OleCompound => new ExtractionException("unsupported", "legacy binary Office file (.doc/.xls); save it as .docx"),
            FileKind.Zip => new ExtractionException("unsupported", "a zip archive that is not a Word document"),
            _ => new ExtractionException("unsupported", "not a recognised document type (binary content)"),
        };
    }
}
