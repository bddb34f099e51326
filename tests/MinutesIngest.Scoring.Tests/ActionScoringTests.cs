using MinutesIngest.Scoring;
using static MinutesIngest.Scoring.Tests.Records;

namespace MinutesIngest.Scoring.Tests;

public class ActionScoringTests
{
    private static ListScore Score(IReadOnlyList<Core.Minutes.ActionItem> gold, IReadOnlyList<Core.Minutes.ActionItem> predicted) =>
        new DocumentScorer().Score("doc", Doc(actions: gold), Doc(actions: predicted)).Actions;

    [Theory]
    [InlineData("a b c d", "a b c e", 1)]        // 3/5 = 0.6 exactly: matches
    [InlineData("a b c d e", "a b c f g", 0)]    // 3/7 below 0.6
    [InlineData("a b c d e f", "a b c d x y", 0)] // 4/8 = 0.5
    [InlineData("Clerk to write to Highways.", "clerk to write to highways", 1)]
    public void Actions_match_at_jaccard_of_at_least_0_6(string gold, string predicted, int matched) =>
        Assert.Equal(matched, Score([Action(gold)], [Action(predicted)]).Matches.TruePositives);

    [Fact]
    public void Matching_is_greedy_by_best_score_first_and_one_to_one()
    {
        // A's best candidate is P1 (8/12), but P1 is B's exact text (1.0) and goes to B first;
        // A then takes P2 (8/13 ≈ 0.615). Matching gold in order would pair A–P1 and leave B unmatched.
        var gold = new[] { Action("a b c d e f g h i j", owner: "A"), Action("a b c d e f g h k l", owner: "B") };
        var predicted = new[] { Action("a b c d e f g h k l", owner: "B"), Action("a b c d e f i j x y z", owner: "A") };
        var score = Score(gold, predicted);
        Assert.Equal(new MatchCounts(2, 0, 0), score.Matches);
        Assert.Equal(2, score.Field(ScoreFields.Owner).Correct);
    }

    [Fact]
    public void One_prediction_cannot_match_two_gold_actions()
    {
        var score = Score([Action("clerk to email bt"), Action("clerk to email bt")], [Action("clerk to email bt")]);
        Assert.Equal(new MatchCounts(1, 0, 1), score.Matches);
    }

    [Fact]
    public void Owner_owner_name_item_and_due_are_accuracies_over_matched_actions()
    {
        var gold = new[]
        {
            Action("clerk to chase the invoice", "Clerk", "Mrs N Cooper", "2.1", "2019-02-21"),
            Action("pcc to revisit the strategy", "PCC", "John Campion", "3", null),
            Action("nobody predicted this one", "X", null, "9", null),
        };
        var predicted = new[]
        {
            Action("Clerk to chase the invoice.", "clerk", "N. Cooper", "2.1.", null),
            Action("PCC to revisit the strategy", "PCC", null, "4", null),
        };
        var score = Score(gold, predicted);
        Assert.Equal(new MatchCounts(2, 0, 1), score.Matches);
        Assert.Equal(new FieldScore(ScoreFields.Owner, 2, 2), score.Field(ScoreFields.Owner));
        Assert.Equal(new FieldScore(ScoreFields.OwnerName, 1, 2), score.Field(ScoreFields.OwnerName));
        Assert.Equal(new FieldScore(ScoreFields.Item, 1, 2), score.Field(ScoreFields.Item));
        Assert.Equal(new FieldScore(ScoreFields.Due, 1, 2), score.Field(ScoreFields.Due));
    }

    [Theory]
    [InlineData(0, 0, 1.0)]
    [InlineData(0, 1, 0.0)]
    [InlineData(1, 0, 0.0)]
    public void Empty_actions_edge_cases(int goldCount, int predictedCount, double f1)
    {
        var gold = Enumerable.Range(0, goldCount).Select(i => Action($"gold action {i}")).ToArray();
        var predicted = Enumerable.Range(0, predictedCount).Select(i => Action($"other words {i}")).ToArray();
        Assert.Equal(f1, Score(gold, predicted).Matches.F1, 9);
    }

    [Fact]
    public void A_missing_action_names_its_closest_unmatched_prediction()
    {
        var doc = new DocumentScorer().Score("doc",
            Doc(actions: [Action("clerk to email bt broadband about cabinet 5")]),
            Doc(actions: [Action("clerk to email bt about it")]));
        var missing = Assert.Single(doc.Mismatches, m => m.Kind == MismatchKind.Missing);
        Assert.NotNull(missing.Closest);
        Assert.Contains("clerk to email bt about it", missing.Closest);
    }
}
