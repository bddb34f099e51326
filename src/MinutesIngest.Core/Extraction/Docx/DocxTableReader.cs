using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using MinutesIngest.Core.Documents;
using WordTableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace MinutesIngest.Core.Extraction.Docx;

/// <summary>
/// Lays a Word table's cells on its grid: <c>gridBefore</c> becomes a leading empty cell spanning the
/// skipped columns, <c>gridSpan</c> becomes <see cref="Documents.TableCell.ColumnSpan"/>.
/// </summary>
/// <remarks>
/// Vertical merges: the <c>vMerge="restart"</c> cell holds the content and its
/// <see cref="Documents.TableCell.RowSpan"/> counts the rows it covers; each row it covers below still
/// carries an empty placeholder cell at that grid position, so every row's cells line up with the grid
/// column by column (read row by row, ignore RowSpan; read as a grid, skip the placeholders).
/// </remarks>
internal sealed class DocxTableReader(DocxBlockReader blocks)
{
    // Real documents nest tables two or three deep; past this a table is hostile or broken and
    // only its words are kept, read without recursion.
    private const int MaxNestingDepth = 16;
    // Word allows 63 columns; larger spans only come from broken or hostile files.
    private const int MaxSpan = 64;
    private int _depth;

    public TableBlock Read(Table table)
    {
        if (_depth >= MaxNestingDepth) return PlainText(table);
        _depth++;
        try { return ReadGrid(table); }
        finally { _depth--; }
    }

    private TableBlock PlainText(Table table)
    {
        var text = string.Join(" ", table.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text)).Trim();
        var cell = new Documents.TableCell(text.Length == 0 ? [] : [new ParagraphBlock(text) { Page = blocks.Page }]);
        return new TableBlock([new Documents.TableRow([cell])]) { Page = blocks.Page };
    }

    private TableBlock ReadGrid(Table table)
    {
        var page = blocks.Page;
        var rows = new List<List<CellDraft>>();
        // Grid column -> the restart cell whose vertical merge is still open there.
        var openMerges = new Dictionary<int, CellDraft>();
        foreach (var row in Rows(table))
        {
            var cells = new List<CellDraft>();
            var column = Math.Clamp(row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0, 0, MaxSpan);
            if (column > 0) cells.Add(new CellDraft([], column));
            foreach (var cell in Cells(row))
            {
                var span = Math.Clamp(cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1, 1, MaxSpan);
                var merge = cell.TableCellProperties?.VerticalMerge;
                var content = blocks.ReadCell(cell);
                var draft = new CellDraft(content, span);
                if (merge is not null && merge.Val?.Value != MergedCellValues.Restart && openMerges.TryGetValue(column, out var start))
                {
                    start.RowSpan++;
                    // A continued cell prints nothing of its own in Word; anything left in it is editing debris.
                    draft = new CellDraft([], span);
                }
                else if (merge?.Val?.Value == MergedCellValues.Restart) openMerges[column] = draft;
                else openMerges.Remove(column);
                for (var c = column + 1; c < column + span; c++) openMerges.Remove(c);
                cells.Add(draft);
                column += span;
            }
            rows.Add(cells);
        }
        return new TableBlock(rows.Select(r => new Documents.TableRow(r.Select(c => c.ToCell()).ToList())).ToList()) { Page = page };
    }

    // Content controls and custom XML may wrap rows and cells.
    private static IEnumerable<WordTableRow> Rows(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is WordTableRow row) yield return row;
            else if (child is SdtRow { SdtContentRow: { } content }) foreach (var r in Rows(content)) yield return r;
            else if (child is CustomXmlRow custom) foreach (var r in Rows(custom)) yield return r;
        }
    }

    private static IEnumerable<WordTableCell> Cells(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is WordTableCell cell) yield return cell;
            else if (child is SdtCell { SdtContentCell: { } content }) foreach (var c in Cells(content)) yield return c;
            else if (child is CustomXmlCell custom) foreach (var c in Cells(custom)) yield return c;
        }
    }

    /// <summary>A cell being assembled; its row span grows while later rows continue its vertical merge.</summary>
    private sealed class CellDraft(IReadOnlyList<Block> content, int columnSpan)
    {
        public int RowSpan { get; set; } = 1;

        public Documents.TableCell ToCell() => new(content, columnSpan, RowSpan);
    }
}
