namespace MinutesIngest.Ml.Topics;

/// <summary>The LDA pipeline's input row.</summary>
internal sealed class TopicRow
{
    public string Text { get; set; } = "";
}
