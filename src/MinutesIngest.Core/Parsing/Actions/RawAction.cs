namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>An action found in the document before its owner is resolved and its item assigned.</summary>
public sealed record RawAction(string Text, string? Owner, string? DueText, string? ItemRef, int LineIndex)
{
    /// <summary>Character offset of the action's marker in its line, to place it after an item starting on the same line.</summary>
    public int Offset { get; init; }

    /// <summary>The action's own number in a numbered action log ("043 | Cleaner required | PB"), to tie the row to the action it restates.</summary>
    public string? Number { get; init; }
}
