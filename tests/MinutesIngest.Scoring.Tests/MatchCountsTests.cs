using MinutesIngest.Scoring;

namespace MinutesIngest.Scoring.Tests;

public class MatchCountsTests
{
    [Theory]
    [InlineData(0, 0, 0, 1.0, 1.0, 1.0)]   // nothing to find, nothing wrongly found
    [InlineData(0, 3, 0, 0.0, 1.0, 0.0)]   // empty gold, spurious predictions
    [InlineData(0, 0, 3, 1.0, 0.0, 0.0)]   // empty prediction, gold to find
    [InlineData(3, 1, 1, 0.75, 0.75, 0.75)]
    [InlineData(2, 0, 2, 1.0, 0.5, 2.0 / 3)]
    public void Precision_recall_f1(int tp, int fp, int fn, double p, double r, double f1)
    {
        var counts = new MatchCounts(tp, fp, fn);
        Assert.Equal(p, counts.Precision, 9);
        Assert.Equal(r, counts.Recall, 9);
        Assert.Equal(f1, counts.F1, 9);
    }

    [Fact]
    public void Counts_add_for_micro_aggregation() =>
        Assert.Equal(new MatchCounts(3, 2, 5), new MatchCounts(1, 2, 0) + new MatchCounts(2, 0, 5));

    [Fact]
    public void Field_accuracy_is_null_when_nothing_compared()
    {
        Assert.Null(new FieldScore("role", 0, 0).Accuracy);
        Assert.Equal(0.5, new FieldScore("role", 1, 2).Accuracy);
        Assert.Equal(new FieldScore("role", 3, 5), new FieldScore("role", 1, 2) + new FieldScore("role", 2, 3));
        Assert.Throws<ArgumentException>(() => new FieldScore("role", 1, 2) + new FieldScore("status", 1, 2));
    }
}
