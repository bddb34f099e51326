using MinutesIngest.Core.Parsing.Actions;
using MinutesIngest.Core.Parsing.Attendance;

namespace MinutesIngest.Core.Parsing.Pipeline;

/// <summary>Reads: document, lines. Writes: <see cref="ParseContext.Attendance"/> and the <see cref="ParseContext.Owners"/> resolver built on it.</summary>
public sealed class AttendanceRule : IParseRule
{
    private readonly AttendanceParser _parser = new();

    public void Apply(ParseContext context)
    {
        context.Attendance.Set(_parser.Parse(context.Document, context.Lines.Value));
        context.Owners.Set(new ActionOwnerResolver(context.Attendance.Value, IntroducedInitials.Find(context.Lines.Value, context.Attendance.Value)));
    }
}
