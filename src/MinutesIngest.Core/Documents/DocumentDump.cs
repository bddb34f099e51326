using System.Text;

namespace MinutesIngest.Core.Documents;

/// <summary>A readable dump of the block model, for debugging extractors (<c>minutes blocks FILE</c>).</summary>
public static class DocumentDump
{
    public static string Render(SourceDocument doc)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(doc.Source).Append(" format=").Append(doc.Format).Append(" pages=").Append(doc.PageCount).Append('\n');
        foreach (var b in doc.Blocks) Append(sb, b, "");
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Block b, string indent)
    {
        sb.Append(indent).Append("[p").Append(b.Page).Append("] ");
        switch (b)
        {
            case HeadingBlock h: sb.Append("H").Append(h.Level).Append(": ").Append(h.Text).Append('\n'); break;
            case ParagraphBlock p: sb.Append("P: ").Append(p.Text.Replace("\n", "⏎")).Append('\n'); break;
            case ListItemBlock li: sb.Append("LI").Append(li.Level).Append(" [").Append(li.Number ?? "•").Append("]: ").Append(li.Text.Replace("\n", "⏎")).Append('\n'); break;
            case PageBreakBlock: sb.Append("--- page break ---\n"); break;
            case TableBlock t:
                sb.Append("TABLE ").Append(t.Rows.Count).Append('x').Append(t.ColumnCount).Append('\n');
                foreach (var r in t.Rows)
                    sb.Append(indent).Append("  | ").Append(string.Join(" | ", r.Cells.Select(c => c.Text.Replace("\n", "⏎")))).Append(" |\n");
                break;
        }
        if (b.MarginNote is { } note) sb.Append(indent).Append("  margin: ").Append(note.Replace("\n", " / ")).Append('\n');
    }
}
