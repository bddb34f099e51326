using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using MinutesIngest.Core.Documents;

namespace MinutesIngest.Core.Extraction.Docx;

/// <summary>
/// Walks a document body in order and turns its paragraphs and tables into blocks, keeping the list
/// numbering and the page count in step (both depend on every paragraph being seen once, in order).
/// </summary>
internal sealed class DocxBlockReader
{
    // Text boxes can hold paragraphs with text boxes; real documents go one level deep.
    private const int MaxTextBoxDepth = 4;

    private readonly Body _body;
    private readonly WordStyles _styles;
    private readonly WordNumberingRenderer _numbering;
    private readonly DocxTableReader _tables;
    private readonly List<SectionProperties> _sections;
    private readonly List<Block> _blocks = [];
    private int _textBoxDepth;
    private int _markedPage = 1;
    private bool _seenText;

    public DocxBlockReader(Body body, WordStyles styles, WordNumberingRenderer numbering)
    {
        _styles = styles;
        _numbering = numbering;
        _tables = new DocxTableReader(this);
        _sections = body.Descendants<SectionProperties>().ToList();
        _body = body;
    }

    /// <summary>The page the walk has reached (1-based); after <see cref="Read"/> the page count.</summary>
    public int Page { get; private set; } = 1;

    /// <summary>All body blocks in document order, with a <see cref="PageBreakBlock"/> before each new page's first block.</summary>
    public IReadOnlyList<Block> Read()
    {
        foreach (var element in BlockLevelElements(_body))
        {
            if (element is Paragraph p) ReadParagraph(p, inTable: false, Add);
            else if (element is Table t) Add(_tables.Read(t));
        }
        return _blocks;
    }

    /// <summary>A table cell's content: its paragraphs as blocks, nested tables flattened to one paragraph per row.</summary>
    public List<Block> ReadCell(OpenXmlElement cell)
    {
        var content = new List<Block>();
        foreach (var element in BlockLevelElements(cell))
        {
            if (element is Paragraph p) ReadParagraph(p, inTable: true, content.Add);
            else if (element is Table nested) content.AddRange(Flatten(_tables.Read(nested)));
        }
        return content;
    }

    private void ReadParagraph(Paragraph paragraph, bool inTable, Action<Block> emit)
    {
        if (ParagraphBlock(paragraph, inTable) is { } block) emit(block);
        // A text box prints apart from its anchor line; its paragraphs follow the anchor's text.
        if (_textBoxDepth >= MaxTextBoxDepth) return;
        _textBoxDepth++;
        foreach (var box in WordTextBoxes.In(paragraph))
            foreach (var inner in ReadCell(box)) emit(inner);
        _textBoxDepth--;
    }

    private Block? ParagraphBlock(Paragraph paragraph, bool inTable)
    {
        // Numbering advances even for empty paragraphs: Word prints their number too.
        var label = _numbering.Next(paragraph);
        var content = WordParagraphTextReader.Read(paragraph);
        Page += content.PageBreaksBefore;
        // Before the first printed line the break would only produce an empty page Word does not print.
        if (!inTable && _seenText && _styles.PageBreakBefore(paragraph)) Page++;
        _seenText |= content.Text.Length > 0;
        var page = Page;
        Page += content.PageBreaksAfter + SectionBreakAfter(paragraph);
        if (content.Text.Length == 0) return null;

        Block block;
        if (!inTable && _styles.HeadingLevel(paragraph) is { } level)
            block = new HeadingBlock(level, label?.Label is { Length: > 0 } n ? n + " " + content.Text : content.Text);
        else if (label is null || label.PrintsNothing)
            block = new ParagraphBlock(content.Text);
        else
            block = new ListItemBlock(label.Level, label.Label, content.Text);
        return block with { Page = page };
    }

    // A paragraph carrying sectPr ends a section; the next section starts on a new page unless its
    // own sectPr says "continuous" (or "nextColumn").
    private int SectionBreakAfter(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.SectionProperties;
        if (own is null) return 0;
        var index = _sections.IndexOf(own);
        if (index < 0 || index + 1 >= _sections.Count) return 0;
        var type = _sections[index + 1].GetFirstChild<SectionType>()?.Val?.Value;
        return type == SectionMarkValues.Continuous || type == SectionMarkValues.NextColumn ? 0 : 1;
    }

    private void Add(Block block)
    {
        while (_markedPage < block.Page) _blocks.Add(new PageBreakBlock { Page = ++_markedPage });
        _blocks.Add(block);
    }

    private static IEnumerable<Block> Flatten(TableBlock table)
    {
        foreach (var row in table.Rows)
        {
            var cells = row.Cells.Select(c => string.Join(" ", c.Content.Select(BlockText.Of).Where(t => t.Length > 0)))
                                 .Where(t => t.Length > 0).ToList();
            if (cells.Count > 0) yield return new ParagraphBlock(string.Join(" | ", cells).Replace('\n', ' ')) { Page = table.Page };
        }
    }

    // Content controls and custom XML wrap paragraphs and tables without changing what is printed.
    private static IEnumerable<OpenXmlElement> BlockLevelElements(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph or Table: yield return child; break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } sdtContent:
                    foreach (var inner in BlockLevelElements(sdtContent)) yield return inner;
                    break;
                case CustomXmlBlock custom:
                    foreach (var inner in BlockLevelElements(custom)) yield return inner;
                    break;
            }
        }
    }
}
