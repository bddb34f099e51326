namespace MinutesIngest.Ml.SuggestedActions;

/// <summary>The model's input row: a sentence and, when training, its label.</summary>
internal sealed class SentenceRow
{
    public string Text { get; set; } = "";
    public bool Label { get; set; }
}
