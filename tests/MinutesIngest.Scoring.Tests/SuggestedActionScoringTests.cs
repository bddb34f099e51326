using MinutesIngest.Core.Minutes;
using MinutesIngest.Scoring;
using static MinutesIngest.Scoring.Tests.Records;

namespace MinutesIngest.Scoring.Tests;

public class SuggestedActionScoringTests
{
    private static SuggestedAction Suggested(string text, string? owner = null, string? ownerName = null) =>
        new() { Text = text, Owner = owner, OwnerName = ownerName, Confidence = 0.9 };

    [Fact]
    public void Suggested_actions_are_scored_when_the_gold_lists_them_and_leave_the_other_scores_alone()
    {
        var gold = Doc(actions: [Action("Clerk to order the signs.", "Clerk")]) with
        {
            SuggestedActions = [Suggested("The Clerk will reply to a resident about the bus shelter.", "Clerk", "Mrs Sandra Pike"), Suggested("Lucy will book the room.", "Lucy")],
        };
        var predicted = Doc(actions: [Action("Clerk to order the signs.", "Clerk")]) with
        {
            SuggestedActions = [Suggested("The Clerk will reply to a resident about the bus shelter.", "Clerk", "Sandra Dyer"), Suggested("Work will start in July.")],
        };
        var withoutSuggestions = new DocumentScorer().Score("d", gold with { SuggestedActions = null }, predicted);

        var score = new DocumentScorer().Score("d", gold, predicted);

        Assert.Equal(new MatchCounts(1, 1, 1), score.SuggestedActions!.Matches);
        Assert.Equal(1, score.SuggestedActions.Field(ScoreFields.Owner).Correct);
        Assert.Equal(0, score.SuggestedActions.Field(ScoreFields.OwnerName).Correct);
        Assert.Null(withoutSuggestions.SuggestedActions);
        Assert.Equal(withoutSuggestions.Actions.Matches, score.Actions.Matches);
        Assert.Equal(withoutSuggestions.Actions.Fields, score.Actions.Fields);
        Assert.Equal(withoutSuggestions.Overall, score.Overall);
    }

    [Fact]
    public void Only_documents_whose_gold_lists_suggested_actions_are_summed()
    {
        var listed = new DocumentScorer().Score("a", Doc() with { SuggestedActions = [] }, Doc() with { SuggestedActions = [Suggested("Tom will call.")] });
        var unlisted = new DocumentScorer().Score("b", Doc(), Doc() with { SuggestedActions = [Suggested("Ann will write.")] });

        var summary = EvalSummary.Of([listed, unlisted]);

        Assert.Equal(1, summary.Overall.SuggestedActionDocuments);
        Assert.Equal(new MatchCounts(0, 1, 0), summary.Overall.SuggestedActions!.Matches);
        Assert.Null(EvalSummary.Of([unlisted]).Overall.SuggestedActions);
    }
}
