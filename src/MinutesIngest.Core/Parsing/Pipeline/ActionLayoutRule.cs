using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Parsing.Actions;

namespace MinutesIngest.Core.Parsing.Pipeline;

/// <summary>Reads: document, lines. Writes: <see cref="ParseContext.ActionTableBlocks"/> and <see cref="ParseContext.ActionListLines"/>, so the item rule skips their numbers (also the lists inside a topic table's notes and action cells).</summary>
public sealed class ActionLayoutRule : IParseRule
{
    public void Apply(ParseContext context)
    {
        context.ActionTableBlocks.Set(context.Document.Blocks.Select((b, i) => (b, i))
            .Where(x => x.b is TableBlock t && ActionTableReader.IsLog(t))
            .Select(x => x.i).ToHashSet());
        var lines = context.Lines.Value;
        // In a topic table ("1. Budget | notes | Ann to …") only the first column numbers items; numbered entries in the
        // notes and action cells are lists within a cell.
        var topicTables = context.Document.Blocks.Select((b, i) => (b, i)).Where(x => x.b is TableBlock t && ActionTableReader.IsTopicTable(t)).Select(x => x.i).ToHashSet();
        // A number in a cell of its own ("1 | Budget | …") is carried by the row's first line of text, which stays the item's.
        var rowStarts = lines.Where(l => l.Row >= 0 && topicTables.Contains(l.Block)).GroupBy(l => (l.Block, l.Row)).Select(g => g.First().Index).ToHashSet();
        var cellLists = lines.Where(l => l.Column > 0 && topicTables.Contains(l.Block) && !(l.Number != null && rowStarts.Contains(l.Index)))
            .Select(l => l.Index);
        context.ActionListLines.Set(ActionParser.ActionListLines(lines).Concat(cellLists).ToHashSet());
    }
}
