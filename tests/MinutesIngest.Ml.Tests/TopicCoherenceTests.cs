using MinutesIngest.Ml.Topics;

namespace MinutesIngest.Ml.Tests;

/// <summary>NPMI coherence over invented item texts: terms found together score above terms that never meet.</summary>
public class TopicCoherenceTests
{
    // Ten items about money, ten about roads; the two vocabularies never share an item.
    private static readonly string[] Items =
    [
        .. Enumerable.Range(0, 10).Select(i => $"budget precept reserves item{i}"),
        .. Enumerable.Range(0, 10).Select(i => $"pothole resurfacing gully road{i}"),
        "lonely rarities", "lonely rarities",
    ];

    [Theory]
    [InlineData(2, 2, 2, 10, 1.0)]
    [InlineData(5, 5, 0, 10, -1.0)]
    [InlineData(5, 5, 5, 10, 1.0)]
    [InlineData(6, 6, 4, 12, 0.2619)]
    [InlineData(4, 4, 2, 8, 0.0)]
    public void Npmi_runs_from_never_together_to_always_together(int a, int b, int both, int n, double expected) =>
        Assert.Equal(expected, TopicCoherence.Npmi(a, b, both, n), 4);

    [Fact]
    public void A_topic_of_terms_found_together_scores_above_a_mixed_one()
    {
        var coherence = new TopicCoherence(Items);

        var money = coherence.Score(["budget", "precept", "reserves"]);
        var mixed = coherence.Score(["budget", "pothole", "reserves", "gully"]);

        Assert.True(money > 0.9, $"money {money}");
        Assert.True(mixed < 0, $"mixed {mixed}");
    }

    [Fact]
    public void Terms_too_rare_to_judge_score_nothing_and_a_two_word_term_needs_both_words()
    {
        var coherence = new TopicCoherence(Items);

        // Two items hold both words: too few to say they belong together.
        Assert.Equal(0, coherence.Score(["lonely", "rarities"]));
        // "budget precept" with "reserves": found together; with its own word "budget" the pair is skipped.
        Assert.True(coherence.Score(["budget precept", "reserves", "budget"]) > 0.9);
    }
}
