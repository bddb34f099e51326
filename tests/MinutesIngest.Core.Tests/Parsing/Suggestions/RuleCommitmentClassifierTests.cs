using MinutesIngest.Core.Parsing.Suggestions;

namespace MinutesIngest.Core.Tests.Parsing.Suggestions;

public class RuleCommitmentClassifierTests
{
    private readonly RuleCommitmentClassifier _rules = new();

    [Theory]
    [InlineData("The Clerk to write to the Highways department about the gully.")]
    [InlineData("Cllr Smith will circulate the figures.")]
    [InlineData("The Treasurer is to prepare the accounts.")]
    [InlineData("Work on the roof will start on 22 July.")] // the baseline's known false positive: a schedule, not a task
    public void Accepts_the_three_patterns(string sentence) => Assert.Equal(1f, _rules.Probability(sentence));

    [Theory]
    [InlineData("The Clerk reported that the grant had been received.")]
    [InlineData("It was agreed that the Clerk would write to the landowner.")] // a commitment the patterns miss
    [InlineData("Members asked whether the target would be met.")]
    public void Rejects_what_the_patterns_do_not_cover(string sentence) => Assert.Equal(0f, _rules.Probability(sentence));
}
