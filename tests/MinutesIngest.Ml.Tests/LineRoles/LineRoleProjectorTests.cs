using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Pipeline;
using MinutesIngest.Ml.LineRoles;

namespace MinutesIngest.Ml.Tests.LineRoles;

public class LineRoleProjectorTests
{
    [Theory]
    [InlineData("Minutes of the Harbour Users Committee", LineRole.MeetingMetadata)]
    [InlineData("Held on 3 March 2031 at the Old Boathouse", LineRole.MeetingMetadata)]
    [InlineData("Present:", LineRole.AttendanceHeading)]
    [InlineData("Ann Lee (Chair), Bob Kay, Cy Dunn", LineRole.AttendanceEntry)]
    [InlineData("1. Apologies", LineRole.ItemHeading)]
    [InlineData("Apologies were received from Dee Roe.", LineRole.AttendanceEntry)]
    [InlineData("2. Moorings", LineRole.ItemHeading)]
    [InlineData("The committee discussed the waiting list for moorings and agreed to review it in spring.", LineRole.ItemBody)]
    [InlineData("Action: BK to write to every member on the waiting list.", LineRole.Action)]
    [InlineData("Owner", LineRole.ItemBody)]
    [InlineData("Repaint the slipway railings before summer", LineRole.ActionLogRow)]
    [InlineData("CD", LineRole.ActionLogRow)]
    public void Each_line_gets_the_role_the_gold_gives_it(string line, LineRole expected)
    {
        var lines = DocumentLines.From(InventedDocument.Document());

        var roles = LineRoleProjector.Project(lines, InventedDocument.Gold());

        Assert.Equal(expected, roles[Index(lines, line)]);
    }

    [Fact]
    public void An_empty_record_leaves_every_line_other()
    {
        var lines = DocumentLines.From(InventedDocument.Document());

        var roles = LineRoleProjector.Project(lines, new MinutesRecord { Source = "x", Format = "txt" });

        Assert.All(roles, r => Assert.Equal(LineRole.Other, r));
    }

    [Fact]
    public void A_person_only_mentioned_in_a_long_sentence_is_not_an_attendance_entry()
    {
        var doc = new Core.Documents.SourceDocument("x.txt", "txt", 1,
            [new Core.Documents.ParagraphBlock("The committee thanked Bob Kay for organising the regatta, which raised more money for the lifeboat station than any year before.")]);
        var gold = InventedDocument.Gold();

        var roles = LineRoleProjector.Project(DocumentLines.From(doc), gold);

        Assert.Equal(LineRole.Other, Assert.Single(roles));
    }

    private static int Index(IReadOnlyList<DocLine> lines, string text) => lines.Select((l, i) => (l, i)).Single(x => x.l.Text == text).i;
}
