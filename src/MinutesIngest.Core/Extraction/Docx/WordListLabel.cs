namespace MinutesIngest.Core.Extraction.Docx;

/// <summary>
/// The list marker Word prints for one paragraph: its level (ilvl) and the rendered label
/// ("2.1", "a)", "(iv)"), or a null label for a bullet.
/// </summary>
internal sealed record WordListLabel(int Level, string? Label)
{
    /// <summary>A numbered level whose text prints nothing (numFmt none, empty lvlText): visually plain prose.</summary>
    public bool PrintsNothing => Label is { Length: 0 };
}
