namespace MinutesIngest.Core.Documents;

/// <summary>A heading; <see cref="Level"/> 1 is the most prominent.</summary>
public sealed record HeadingBlock(int Level, string Text) : Block;
