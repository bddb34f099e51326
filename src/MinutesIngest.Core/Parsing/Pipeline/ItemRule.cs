using MinutesIngest.Core.Parsing.Items;

namespace MinutesIngest.Core.Parsing.Pipeline;

/// <summary>Reads: lines, action tables and action lists (skipped). Writes: <see cref="ParseContext.Items"/>.</summary>
public sealed class ItemRule : IParseRule
{
    private readonly ItemParser _parser = new();

    public void Apply(ParseContext context) =>
        context.Items.Set(_parser.Parse(context.Lines.Value, context.ActionTableBlocks.Value, context.ActionListLines.Value));
}
