namespace MinutesIngest.Core.Parsing.Lines;

/// <summary>Which kind of block a <see cref="DocLine"/> came from.</summary>
public enum LineOrigin { Heading, Paragraph, ListItem, TableCell }
