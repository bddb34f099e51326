namespace MinutesIngest.Ml.Topics;

/// <summary>How much of one text each topic accounts for (weights sum to about 1; index 0 is topic 1).</summary>
public sealed record TextTopicWeights(long Id, IReadOnlyList<float> Weights);
