using MinutesIngest.Core.Parsing.Pipeline;

namespace MinutesIngest.Core.Tests.Parsing.Pipeline;

/// <summary>Which lines a learned advisor may speak for: those no rule claimed.</summary>
public class LineRoleAdviceTests
{
    [Theory]
    [InlineData(LineRole.Other, true)]
    [InlineData(LineRole.ItemBody, true)]
    [InlineData(LineRole.MeetingMetadata, false)]
    [InlineData(LineRole.AttendanceHeading, false)]
    [InlineData(LineRole.ItemHeading, false)]
    [InlineData(LineRole.AttendanceEntry, false)]
    [InlineData(LineRole.Action, false)]
    [InlineData(LineRole.ActionLogRow, false)]
    public void Only_lines_no_rule_claimed_are_open(LineRole rulesRole, bool open) =>
        Assert.Equal(open, LineRoleAdvice.IsOpen(rulesRole));
}
