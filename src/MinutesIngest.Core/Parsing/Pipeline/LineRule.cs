using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Pipeline;

/// <summary>Reads: the document. Writes: <see cref="ParseContext.Lines"/> and <see cref="ParseContext.MonthFirst"/>.</summary>
public sealed class LineRule : IParseRule
{
    public void Apply(ParseContext context)
    {
        context.Lines.Set(DocumentLines.From(context.Document));
        context.MonthFirst.Set(Text.DateFinder.DetectMonthFirst(context.Lines.Value.Select(l => l.Text)));
    }
}
