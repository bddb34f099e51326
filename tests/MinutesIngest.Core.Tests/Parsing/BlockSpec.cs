using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>
/// Builds small block models from one string per block, so parser rules can be tested table-driven:
/// "# text" heading (one '#' per level, then a space), "[2.] text" numbered list item ("&gt;[a.] text" one level deeper, "[] text" a bullet),
/// "|a|b\n|c|d" a table (one row per line, "⏎" a line break inside a cell), anything else a paragraph ('\n' keeps line breaks). A paragraph or list item
/// ending in " ⇥ note" carries that note in its right margin.
/// </summary>
internal static class BlockSpec
{
    public static MinutesRecord Parse(params string[] blocks) => new MinutesParser().Parse(Document(blocks));

    public static SourceDocument Document(params string[] blocks) =>
        new("test.txt", "txt", 1, blocks.Select(Block).ToList());

    public static Block Block(string spec)
    {
        var margin = spec.LastIndexOf(" ⇥ ", StringComparison.Ordinal);
        if (margin > 0 && !spec.StartsWith('|')) return Block(spec[..margin]) with { MarginNote = spec[(margin + 3)..] };
        var level = spec.TakeWhile(c => c == '#').Count();
        if (level > 0 && spec.Length > level && spec[level] == ' ') return new HeadingBlock(level, spec[level..].Trim());
        if (spec.StartsWith('|')) return Table(spec);
        var depth = spec.TakeWhile(c => c == '>').Count();
        if (spec.Length > depth && spec[depth] == '[')
        {
            var close = spec.IndexOf(']', depth);
            var label = spec[(depth + 1)..close];
            return new ListItemBlock(depth, label.Length == 0 ? null : label, spec[(close + 1)..].Trim());
        }
        return new ParagraphBlock(spec);
    }

    private static TableBlock Table(string spec) =>
        new(spec.Split('\n')
            .Select(row => new TableRow(row.Trim().TrimStart('|').Split('|').Select(c => TableCell.FromText(c.Trim().Replace("⏎", "\n"))).ToList()))
            .ToList());
}
