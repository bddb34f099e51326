using HtmlAgilityPack;

namespace MinutesIngest.Core.Extraction.Html;

/// <summary>Reads a table's grid (rows and their cells) and tells layout tables from data tables.</summary>
internal static class HtmlTableLayout
{
    private static readonly HashSet<string> ParagraphLike = new(StringComparer.OrdinalIgnoreCase) { "p", "div", "blockquote", "pre", "ul", "ol", "dl" };

    // A heading plus this many blocks in one cell is a section of the page, not a value.
    private const int HeadingWithTextBlocks = 3;

    // A lone row whose cell holds this many paragraphs is a page column, not a record.
    private const int ParagraphsInPageColumn = 5;

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
    /// True when the table only arranges the page rather than holding data: declared presentational, a single
    /// column, a cell holding a nested table or a heading with running text under it, or one row of page
    /// columns (a link menu beside the text, or a cell of many paragraphs).
    /// </summary>
    /// <remarks>Word templates put a heading alone in a header cell; that still is a data table.</remarks>
    public static bool IsLayout(HtmlNode table, IReadOnlyList<HtmlNode> rows)
    {
        if (table.GetAttributeValue("role", "") is "presentation" or "none") return true;
        var cells = rows.SelectMany(Cells).ToList();
        if (cells.Count == 0) return true;
        if (rows.All(r => Cells(r).Count() <= 1)) return true;

        foreach (var cell in cells)
        {
            var inner = HtmlText.DescendantElements(cell).ToList();
            if (inner.Any(d => d.Name == "table")) return true;
            if (inner.Any(d => HtmlText.HeadingLevel(d) > 0) && inner.Count(IsBlock) >= HeadingWithTextBlocks) return true;
        }

        if (rows.Count == 1)
        {
            var blocks = cells.Select(c => HtmlText.DescendantElements(c).Count(IsBlock)).ToList();
            if (blocks.Max() >= ParagraphsInPageColumn) return true;
            if (cells.Any(IsLinkMenu) && blocks.Max() >= 2) return true;
        }
        return false;
    }

    private static bool IsBlock(HtmlNode e) => ParagraphLike.Contains(e.Name) || HtmlText.HeadingLevel(e) > 0;

    private static bool IsLinkMenu(HtmlNode cell) =>
        HtmlText.DescendantElements(cell, "a").Count() >= 3 && HtmlText.LinkDensity(cell) > 0.5;
}
