using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MinutesIngest.Core.Documents;

namespace MinutesIngest.Core.Extraction.Docx;

/// <summary>Extracts Word (.docx/.docm/.dotx) files into the block model: body paragraphs and tables in order, list numbers rendered.</summary>
public sealed class DocxExtractor : IDocumentExtractor
{
    // A part larger than this many characters is refused rather than parsed: it bounds memory
    // against zip bombs (a real minutes document.xml is well under 5 million characters).
    private const long DefaultMaxCharactersInPart = 50_000_000;

    private readonly long _maxCharactersInPart;

    public DocxExtractor() : this(DefaultMaxCharactersInPart) { }

    internal DocxExtractor(long maxCharactersInPart) => _maxCharactersInPart = maxCharactersInPart;

    public string Format => "docx";

    public SourceDocument Extract(byte[] content, string sourceName)
    {
        try
        {
            var (package, warnings) = DocxDanglingRelationships.Repair(content);
            using var stream = new MemoryStream(package, writable: false);
            using var doc = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = _maxCharactersInPart });
            var main = doc.MainDocumentPart ?? throw new ExtractionException("corrupt", "the package has no main document part");
            var body = main.Document?.Body ?? throw new ExtractionException("corrupt", "the main document part has no body");

            var styles = new WordStyles(main.StyleDefinitionsPart?.Styles);
            var numbering = new WordNumberingRenderer(main.NumberingDefinitionsPart?.Numbering, styles);
            var reader = new DocxBlockReader(body, styles, numbering);
            var blocks = reader.Read();
            return new SourceDocument(sourceName, Format, reader.Page, blocks)
            {
                Properties = DocxProperties.Read(doc),
                Warnings = warnings,
            };
        }
        catch (ExtractionException) { throw; }
        // The SDK reports its MaxCharactersInPart limit only through the message of an XmlException.
        catch (XmlException e) when (e.Message.Contains("exceeded a limit", StringComparison.OrdinalIgnoreCase))
        {
            throw new ExtractionException("too_large", $"a part of the document exceeds {_maxCharactersInPart:N0} characters", e);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException or IOException or InvalidOperationException)
        {
            throw new ExtractionException("corrupt", "not a readable Word document: " + e.Message, e);
        }
    }
}
