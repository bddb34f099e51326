using MinutesIngest.Scoring;
using static MinutesIngest.Scoring.Tests.Records;

namespace MinutesIngest.Scoring.Tests;

public class EvalSummaryTests
{
    [Fact]
    public void Summary_sums_counts_micro_and_averages_documents_macro()
    {
        var scorer = new DocumentScorer();
        // Document 1 (txt): 1 of 1 attendee found. Document 2 (txt): 1 of 3 found. Document 3 (html): perfect, no attendees.
        var d1 = scorer.Score("one", Doc([Person("A B", "Chair")]), Doc([Person("A B", "Chair")]));
        var d2 = scorer.Score("two", Doc([Person("C D"), Person("E F"), Person("G H")]), Doc([Person("C D", "Clerk")]));
        var d3 = scorer.Score("three", Doc(format: "html"), Doc(format: "html"));
        var summary = EvalSummary.Of([d1, d2, d3]);

        Assert.Equal(new MatchCounts(2, 0, 2), summary.Overall.Attendance.Matches);
        Assert.Equal(0.5, summary.Overall.Attendance.Matches.Recall, 9);
        Assert.Equal((1 + 0.5 + 1) / 3, summary.Overall.MacroAttendanceF1, 9);
        Assert.Equal(new FieldScore(ScoreFields.Role, 1, 2), summary.Overall.Attendance.Field(ScoreFields.Role));
        Assert.Equal((d1.Overall + d2.Overall + d3.Overall) / 3, summary.Overall.Overall, 9);

        Assert.Equal(["html", "txt"], summary.ByFormat.Select(f => f.Label));
        var txt = summary.ByFormat.Single(f => f.Label == "txt");
        Assert.Equal(2, txt.Documents);
        Assert.Equal((d1.Overall + d2.Overall) / 2, txt.Overall, 9);
        Assert.Equal(1.0, summary.ByFormat.Single(f => f.Label == "html").Overall);
        Assert.Equal(27, summary.Overall.Meeting.Sum(f => f.Total));
    }

    [Fact]
    public void Empty_set_cannot_be_aggregated() =>
        Assert.Throws<ArgumentException>(() => ScoreAggregate.Of("overall", []));
}
