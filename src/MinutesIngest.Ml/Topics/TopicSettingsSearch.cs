namespace MinutesIngest.Ml.Topics;

/// <summary>
/// Chooses a topic fit's settings by the mean coherence of the topics each candidate gives: every candidate is fitted
/// in order and the best kept (a tie goes to the earlier candidate), so the choice repeats like the fits do.
/// </summary>
public static class TopicSettingsSearch
{
    /// <summary>Numbers of topics tried when none is given: four fits keep a build of the bundled corpus within seconds of CPU.</summary>
    /// <remarks>The share of items above which a word is dropped (0.1 and 0.2) was tried as a second axis on the bundled
    /// corpus and changed no topic's coherence, so it is left at its default rather than doubling the fits.</remarks>
    public static readonly int[] TopicCounts = [8, 12, 16, 20];

    /// <summary>The candidates: every number of topics, or only <paramref name="topics"/> when given.</summary>
    public static IReadOnlyList<TopicOptions> Grid(TopicOptions baseline, int? topics = null) =>
        (topics is { } k ? [k] : TopicCounts).Select(k => baseline with { Topics = k }).ToList();

    public static (TopicFit Fit, TopicOptions Options, IReadOnlyList<TopicTrial> Trials) Choose(IReadOnlyList<TopicText> texts,
        TopicCoherence coherence, IReadOnlyList<TopicOptions> candidates)
    {
        if (candidates.Count == 0) throw new ArgumentException("no settings to try", nameof(candidates));
        TopicFit? best = null;
        var bestOptions = candidates[0];
        var trials = new List<TopicTrial>();
        foreach (var options in candidates)
        {
            var fit = TopicModeller.Fit(texts, options, coherence);
            var mean = fit.MeanCoherence ?? double.NegativeInfinity;
            trials.Add(new TopicTrial(options, mean, fit.FitTime));
            if (best != null && mean <= best.MeanCoherence) continue;
            (best, bestOptions) = (fit, options);
        }
        return (best!, bestOptions, trials);
    }
}
