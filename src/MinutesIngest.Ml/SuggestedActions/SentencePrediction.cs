namespace MinutesIngest.Ml.SuggestedActions;

/// <summary>The model's output row: the calibrated probability of the positive class.</summary>
internal sealed class SentencePrediction
{
    public float Probability { get; set; }
}
