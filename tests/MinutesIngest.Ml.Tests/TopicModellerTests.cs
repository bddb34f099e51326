using MinutesIngest.Ml.Topics;

namespace MinutesIngest.Ml.Tests;

public class TopicModellerTests
{
    private static readonly TopicOptions Options = new() { Topics = 8, Iterations = 100 };

    [Fact]
    public void Fitting_the_corpus_twice_gives_the_same_topics_and_weights()
    {
        var first = TopicModeller.Fit(CorpusItems.All, Options);
        var second = TopicModeller.Fit(CorpusItems.All, Options);

        Assert.Equal(8, first.Topics.Count);
        Assert.Equal(first.Topics.Select(Describe), second.Topics.Select(Describe));
        Assert.Equal(CorpusItems.All.Count, first.Texts.Count);
        for (var i = 0; i < first.Texts.Count; i++) Assert.Equal(first.Texts[i].Weights, second.Texts[i].Weights);
    }

    private static string Describe(Topic t) => $"{t.Number}|{t.Label}|{string.Join(",", t.Terms.Select(x => $"{x.Term}:{x.Weight}"))}";

    [Fact]
    public void Topics_name_the_subjects_the_corpus_returns_to()
    {
        var fit = TopicModeller.Fit(CorpusItems.All, Options);
        var terms = fit.Topics.SelectMany(t => t.Terms.Select(x => x.Term)).ToHashSet();
        foreach (var t in fit.Topics) Console.WriteLine($"{t.Number}: {t.Label} — {string.Join(", ", t.Terms.Select(x => x.Term))}");

        // The corpus README lists the recurring themes; the fitted terms must include some of them, not boilerplate.
        Assert.Contains(terms, t => t.Contains("safeguarding") || t.Contains("mental health") || t.Contains("call"));
        Assert.DoesNotContain("minutes", terms);
        Assert.DoesNotContain("the", terms);
        // An item left without a content word (a bare "Apologies") has no topic at all; every other item's mix sums to 1.
        Assert.All(fit.Texts, t => Assert.True(t.Weights.Sum() == 0 || Math.Abs(t.Weights.Sum() - 1) < 0.01, $"weights sum to {t.Weights.Sum()}"));
        Assert.True(fit.Texts.Count(t => t.Weights.Sum() > 0) > fit.Texts.Count * 0.8);
    }

    [Fact]
    public void A_member_named_in_minutes_of_a_meeting_they_did_not_attend_is_no_topic_term()
    {
        // Only one meeting lists the member; every item names them, and no honorific gives them away.
        var texts = Enumerable.Range(0, 40).Select(i => new TopicText(i,
            i % 2 == 0 ? $"Quirrelby presented the precept reserves forecast {i}" : $"Quirrelby reported potholes gully resurfacing {i}",
            i == 0 ? ["Zebulon Quirrelby"] : null)).ToList();

        var fit = TopicModeller.Fit(texts, new TopicOptions { Topics = 2, Iterations = 50, MaxItemShare = 1.0 });
        var terms = fit.Topics.SelectMany(t => t.Terms.Select(x => x.Term)).ToList();

        Assert.DoesNotContain(terms, t => t.Contains("quirrelby"));
        Assert.Contains(terms, t => t.Contains("precept") || t.Contains("potholes"));
    }
}
