namespace MinutesIngest.Core.Documents;

/// <summary>
/// A list entry. <see cref="Number"/> is the label as it would be printed ("2.1", "a)", "iv.") when the
/// list is numbered, or null for a bullet; <see cref="Level"/> is the nesting depth starting at 0.
/// </summary>
public sealed record ListItemBlock(int Level, string? Number, string Text) : Block;
