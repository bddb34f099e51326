using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusGen;

/// <summary>Builds a bordered Word table from "| a | b |" rows; cells may start with {span=N}, {vmerge}, {cont} or {b}.</summary>
internal static partial class DocxTable
{
    private const int TextWidth = 9638;

    [GeneratedRegex(@"^\{(span=(\d+)|vmerge|cont|b)\}")]
    private static partial Regex CellFlag();

    public static Table Build(IReadOnlyList<SourceLine> rows, bool headerRow)
    {
        var parsed = rows.Select(r => r.Cells()).ToList();
        var columns = parsed.Max(cells => cells.Sum(c => SpanOf(c)));
        var width = TextWidth / columns;

        var table = new Table(new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = (width * columns).ToString(), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed }));
        var grid = new TableGrid();
        for (var c = 0; c < columns; c++)
        {
            grid.Append(new GridColumn { Width = width.ToString() });
        }

        table.Append(grid);
        for (var r = 0; r < parsed.Count; r++)
        {
            var row = new TableRow();
            if (r == 0 && headerRow)
            {
                row.Append(new TableRowProperties(new TableHeader()));
            }

            foreach (var raw in parsed[r])
            {
                var text = raw;
                var span = 1;
                var bold = r == 0 && headerRow;
                var cellProps = new TableCellProperties();
                Match m;
                while ((m = CellFlag().Match(text)).Success)
                {
                    if (m.Groups[2].Success)
                    {
                        span = int.Parse(m.Groups[2].Value);
                    }
                    else if (m.Groups[1].Value == "vmerge")
                    {
                        cellProps.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                    }
                    else if (m.Groups[1].Value == "cont")
                    {
                        cellProps.Append(new VerticalMerge());
                    }
                    else
                    {
                        bold = true;
                    }

                    text = text[m.Length..];
                }

                cellProps.PrependChild(new TableCellWidth { Width = (width * span).ToString(), Type = TableWidthUnitValues.Dxa });
                if (span > 1)
                {
                    cellProps.InsertAfter(new GridSpan { Val = span }, cellProps.GetFirstChild<TableCellWidth>());
                }

                var cell = new TableCell(cellProps);
                foreach (var piece in text.Split("<br>"))
                {
                    cell.Append(DocxRenderer.Para(bold && piece.Length > 0 ? "**" + piece.Trim() + "**" : piece.Trim(), null));
                }

                row.Append(cell);
            }

            table.Append(row);
        }

        return table;
    }

    private static int SpanOf(string cell)
    {
        var m = Regex.Match(cell, @"^\{span=(\d+)\}");
        return m.Success ? int.Parse(m.Groups[1].Value) : 1;
    }
}
