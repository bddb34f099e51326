namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>A short note printed in the right margin beside the body text, such as an action owner's initials.</summary>
internal sealed record MarginNote(string Text, double Left, double Right, double Bottom, double Top)
{
    public double CenterY => (Bottom + Top) / 2;
}
