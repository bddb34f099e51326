using MinutesIngest.Scoring;
using static MinutesIngest.Scoring.Tests.Records;

namespace MinutesIngest.Scoring.Tests;

public class ItemScoringTests
{
    [Fact]
    public void Items_match_on_normalised_numbers()
    {
        var gold = Doc(items: [Item("1", "Apologies"), Item("2.1", "Confidence"), Item("4.a", "Roads")]);
        var predicted = Doc(items: [Item("1.", "Apologies"), Item("<p>2.1</p>", "Confidence"), Item("4.A", "Roads"), Item("5", "AOB")]);
        var items = new DocumentScorer().Score("doc", gold, predicted).Items;
        Assert.Equal(new MatchCounts(3, 1, 0), items.Matches);
        Assert.Equal(new FieldScore(ScoreFields.Title, 3, 3), items.Field(ScoreFields.Title));
    }

    [Theory]
    [InlineData("Finance: month 6 position", "finance month 6 position", true)]
    [InlineData("Minutes of the last meeting held", "Minutes of the last meeting", true)]   // 5/6 ≥ 0.8
    [InlineData("Minutes of last meeting", "Minutes of last meeting: were approved", false)] // 4/6 < 0.8
    [InlineData(null, null, true)]
    [InlineData("Apologies", null, false)]
    public void Title_is_right_when_equal_or_overlapping_at_least_80_percent(string? gold, string? predicted, bool right)
    {
        var score = new DocumentScorer().Score("doc", Doc(items: [Item("3", gold)]), Doc(items: [Item("3", predicted)])).Items;
        Assert.Equal(right ? 1 : 0, score.Field(ScoreFields.Title).Correct);
        Assert.Equal(1, score.Field(ScoreFields.Title).Total);
    }

    [Fact]
    public void A_number_printed_twice_matches_one_to_one_in_order()
    {
        var gold = Doc(items: [Item("17", "Correspondence"), Item("18", "Planning"), Item("17", "Items for next agenda")]);
        var once = new DocumentScorer().Score("doc", gold, Doc(items: [Item("17", "Correspondence"), Item("18", "Planning")])).Items;
        Assert.Equal(new MatchCounts(2, 0, 1), once.Matches);
        Assert.Equal(2, once.Field(ScoreFields.Title).Correct);

        var twice = new DocumentScorer().Score("doc", gold,
            Doc(items: [Item("17", "Correspondence"), Item("18", "Planning"), Item("17", "Items for next agenda")])).Items;
        Assert.Equal(new MatchCounts(3, 0, 0), twice.Matches);
        Assert.Equal(3, twice.Field(ScoreFields.Title).Correct);
    }

    [Theory]
    [InlineData(0, 0, 1.0)]
    [InlineData(0, 1, 0.0)]
    [InlineData(1, 0, 0.0)]
    public void Empty_items_edge_cases(int goldCount, int predictedCount, double f1)
    {
        var gold = Doc(items: Enumerable.Range(1, goldCount).Select(i => Item($"{i}")).ToArray());
        var predicted = Doc(items: Enumerable.Range(10, predictedCount).Select(i => Item($"{i}")).ToArray());
        Assert.Equal(f1, new DocumentScorer().Score("doc", gold, predicted).Items.Matches.F1, 9);
    }
}
