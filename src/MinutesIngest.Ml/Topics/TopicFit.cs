namespace MinutesIngest.Ml.Topics;

/// <summary>The result of fitting topics: the topics and the topic weights of every text.</summary>
public sealed record TopicFit(IReadOnlyList<Topic> Topics, IReadOnlyList<TextTopicWeights> Texts, TimeSpan FitTime)
{
    /// <summary>The topics' mean coherence; null when they were not scored.</summary>
    public double? MeanCoherence => Topics.Count > 0 && Topics.All(t => t.Coherence != null) ? Topics.Average(t => t.Coherence!.Value) : null;
}
