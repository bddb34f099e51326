using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction.Docx;

namespace MinutesIngest.Core.Tests.Extraction.Docx;

/// <summary>Builds small Word documents in memory with the Open XML SDK from WordprocessingML fragments.</summary>
internal sealed class DocxFixture
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public string Body { get; init; } = "";
    public string? Numbering { get; init; }
    public string? Styles { get; init; }
    public string? Header { get; init; }
    public string? Footer { get; init; }
    public string? Title { get; init; }
    public WordprocessingDocumentType Type { get; init; } = WordprocessingDocumentType.Document;

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, Type))
        {
            var main = doc.AddMainDocumentPart();
            var sectPr = "";
            if (Header is not null)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new Header($"<w:hdr xmlns:w=\"{W}\">{Header}</w:hdr>");
                sectPr += $"<w:headerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(part)}\"/>";
            }
            if (Footer is not null)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = new Footer($"<w:ftr xmlns:w=\"{W}\">{Footer}</w:ftr>");
                sectPr += $"<w:footerReference w:type=\"default\" r:id=\"{main.GetIdOfPart(part)}\"/>";
            }
            main.Document = new Document(
                $"<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body>{Body}<w:sectPr>{sectPr}</w:sectPr></w:body></w:document>");
            if (Numbering is not null)
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering($"<w:numbering xmlns:w=\"{W}\">{Numbering}</w:numbering>");
            if (Styles is not null)
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles($"<w:styles xmlns:w=\"{W}\">{Styles}</w:styles>");
            if (Title is not null) doc.PackageProperties.Title = Title;
        }
        return stream.ToArray();
    }

    public SourceDocument Extract() => new DocxExtractor().Extract(Build(), "fixture.docx");

    /// <summary>A paragraph with plain text and optional list reference and style.</summary>
    public static string P(string text, int? numId = null, int? ilvl = null, string? style = null)
    {
        var numPr = numId is null && ilvl is null ? "" :
            "<w:numPr>" + (ilvl is null ? "" : $"<w:ilvl w:val=\"{ilvl}\"/>") + (numId is null ? "" : $"<w:numId w:val=\"{numId}\"/>") + "</w:numPr>";
        var pStyle = style is null ? "" : $"<w:pStyle w:val=\"{style}\"/>";
        var run = text.Length == 0 ? "" : $"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>";
        return $"<w:p><w:pPr>{pStyle}{numPr}</w:pPr>{run}</w:p>";
    }

    /// <summary>A list level; <paramref name="extra"/> is appended inside w:lvl (isLgl, lvlRestart, pStyle).</summary>
    public static string Lvl(int ilvl, string format, string text, int? start = 1, string extra = "") =>
        $"<w:lvl w:ilvl=\"{ilvl}\">" + (start is null ? "" : $"<w:start w:val=\"{start}\"/>")
        + $"<w:numFmt w:val=\"{format}\"/><w:lvlText w:val=\"{text}\"/>{extra}</w:lvl>";

    public static string AbstractNum(int id, params string[] levels) =>
        $"<w:abstractNum w:abstractNumId=\"{id}\">{string.Concat(levels)}</w:abstractNum>";

    public static string Num(int numId, int abstractNumId, string overrides = "") =>
        $"<w:num w:numId=\"{numId}\"><w:abstractNumId w:val=\"{abstractNumId}\"/>{overrides}</w:num>";

    /// <summary>All list items of a document, body and table cells, in order.</summary>
    public static List<ListItemBlock> ListItems(SourceDocument doc) => AllBlocks(doc.Blocks).OfType<ListItemBlock>().ToList();

    /// <summary>Every block, descending into table cells.</summary>
    public static IEnumerable<Block> AllBlocks(IEnumerable<Block> blocks)
    {
        foreach (var b in blocks)
        {
            yield return b;
            if (b is TableBlock t)
                foreach (var inner in AllBlocks(t.Rows.SelectMany(r => r.Cells).SelectMany(c => c.Content)))
                    yield return inner;
        }
    }
}
