using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Parsing.Actions;

namespace MinutesIngest.Core.Parsing.Pipeline;

/// <summary>Reads: document, lines. Writes: <see cref="ParseContext.ActionTableBlocks"/> and <see cref="ParseContext.ActionListLines"/>, so the item rule skips their numbers.</summary>
public sealed class ActionLayoutRule : IParseRule
{
    public void Apply(ParseContext context)
    {
        context.ActionTableBlocks.Set(context.Document.Blocks.Select((b, i) => (b, i))
            .Where(x => x.b is TableBlock t && ActionTableReader.IsLog(t))
            .Select(x => x.i).ToHashSet());
        context.ActionListLines.Set(ActionParser.ActionListLines(context.Lines.Value).ToHashSet());
    }
}
