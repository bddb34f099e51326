namespace MinutesIngest.Ml.Topics;

/// <summary>The LDA pipeline's output row.</summary>
internal sealed class TopicWeightsRow
{
    public float[] Topics { get; set; } = [];
}
