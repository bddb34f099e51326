namespace MinutesIngest.Core.Documents;

/// <summary>A run of prose. Line breaks inside the paragraph are kept as '\n'.</summary>
public sealed record ParagraphBlock(string Text) : Block;
