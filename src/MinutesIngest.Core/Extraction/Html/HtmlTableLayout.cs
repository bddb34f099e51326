using HtmlAgilityPack;

namespace MinutesIngest.Core.Extraction.Html;

/// <summary>Reads a table's grid (rows and their cells) and tells layout tables from data tables.</summary>
internal static class HtmlTableLayout
{
    private static readonly HashSet<string> ParagraphLike = new(StringComparer.OrdinalIgnoreCase) { "p", "div", "blockquote", "pre", "ul", "ol", "dl" };

    // A cell with this many paragraphs holds running text, not a value.
    private const int ParagraphsInLayoutCell = 5;

    /// <summary>The table's own rows (directly or in thead/tbody/tfoot), not those of nested tables.</summary>
    public static IReadOnlyList<HtmlNode> Rows(HtmlNode table)
    {
        var rows = new List<HtmlNode>();
        foreach (var child in HtmlText.ChildElements(table))
        {
            if (child.Name == "tr") rows.Add(child);
            else if (child.Name is "thead" or "tbody" or "tfoot") rows.AddRange(HtmlText.ChildElements(child).Where(r => r.Name == "tr"));
        }
        return rows;
    }

    /// <summary>The row's th/td cells.</summary>
    public static IEnumerable<HtmlNode> Cells(HtmlNode row) => HtmlText.ChildElements(row).Where(c => c.Name is "td" or "th");

    /// <summary>A span attribute (colspan/rowspan) clamped to what browsers accept.</summary>
    public static int Span(HtmlNode cell, string name, int max) => Math.Clamp(HtmlListLabel.IntAttribute(cell, name) ?? 1, 1, max);

    /// <summary>
    /// True when the table only arranges the page: declared presentational, a single column, or cells
    /// holding headings, nested tables or many paragraphs.
    /// </summary>
    public static bool IsLayout(HtmlNode table, IReadOnlyList<HtmlNode> rows)
    {
        if (table.GetAttributeValue("role", "") is "presentation" or "none") return true;
        var cells = rows.SelectMany(Cells).ToList();
        if (cells.Count == 0) return true;
        if (rows.All(r => Cells(r).Count() <= 1)) return true;
        foreach (var cell in cells)
        {
            var inner = HtmlText.DescendantElements(cell).Where(d => d.NodeType == HtmlNodeType.Element).ToList();
            if (inner.Any(d => d.Name == "table" || HtmlText.HeadingLevel(d) > 0)) return true;
            if (inner.Count(d => ParagraphLike.Contains(d.Name)) >= ParagraphsInLayoutCell) return true;
        }
        return false;
    }
}
