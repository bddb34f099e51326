namespace MinutesIngest.Ml.SuggestedActions;

/// <summary>The model's input row: a sentence and, when training, its label.</summary>
internal sealed class SentenceRow
{
    public static SentenceRow Of(string text, bool label = false) => new() { Text = text, Shape = SentenceShape.Of(text), Label = label };

    public string Text { get; set; } = "";
    public string Shape { get; set; } = "";
    public bool Label { get; set; }
}
