using MinutesIngest.Core.Parsing.Metadata;

namespace MinutesIngest.Core.Parsing.Pipeline;

/// <summary>Reads: document, lines, month-first dates, attendance, items (the header ends at the first item). Writes: <see cref="ParseContext.Meeting"/>.</summary>
public sealed class MetadataRule : IParseRule
{
    private readonly MetadataParser _parser = new();

    public void Apply(ParseContext context)
    {
        var items = context.Items.Value;
        var lines = context.Lines.Value;
        context.Meeting.Set(_parser.Parse(context.Document, lines, context.Attendance.Value, items.Count > 0 ? items[0].Line : lines.Count, context.MonthFirst.Value));
    }
}
