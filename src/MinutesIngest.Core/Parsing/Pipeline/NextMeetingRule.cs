using MinutesIngest.Core.Parsing.Metadata;

namespace MinutesIngest.Core.Parsing.Pipeline;

/// <summary>Reads: lines, month-first dates, meeting date. Writes: <see cref="ParseContext.NextMeeting"/>.</summary>
public sealed class NextMeetingRule : IParseRule
{
    private readonly NextMeetingParser _parser = new();

    public void Apply(ParseContext context) => context.NextMeeting.Set(_parser.Parse(context.Lines.Value, context.MeetingDate, context.MonthFirst.Value));
}
