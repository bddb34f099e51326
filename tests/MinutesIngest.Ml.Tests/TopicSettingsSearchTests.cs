using MinutesIngest.Ml.Topics;

namespace MinutesIngest.Ml.Tests;

/// <summary>The settings a build keeps are the candidate with the highest mean coherence, and the choice repeats.</summary>
public class TopicSettingsSearchTests
{
    [Fact]
    public void The_most_coherent_candidate_is_kept_and_every_one_reported()
    {
        var texts = SyntheticItemTexts.Generate(300);
        var coherence = new TopicCoherence(texts.Select(t => t.Text));
        var candidates = TopicSettingsSearch.Grid(new TopicOptions { Iterations = 50 }).Take(2).ToList();

        var (fit, chosen, trials) = TopicSettingsSearch.Choose(texts, coherence, candidates);
        var again = TopicSettingsSearch.Choose(texts, coherence, candidates);

        Assert.Equal(candidates, trials.Select(t => t.Options));
        Assert.Equal(trials.Max(t => t.MeanCoherence), fit.MeanCoherence);
        Assert.Equal(chosen.Topics, fit.Topics.Count);
        Assert.All(fit.Topics, t => Assert.InRange(t.Coherence!.Value, -1, 1));
        Assert.Equal(chosen, again.Options);
        Assert.Equal(fit.Topics.Select(t => t.Label), again.Fit.Topics.Select(t => t.Label));
    }

    [Fact]
    public void A_given_number_of_topics_is_the_only_candidate()
    {
        Assert.Equal([7], TopicSettingsSearch.Grid(new TopicOptions(), 7).Select(o => o.Topics));
        Assert.Equal(TopicSettingsSearch.TopicCounts, TopicSettingsSearch.Grid(new TopicOptions()).Select(o => o.Topics));
    }
}
