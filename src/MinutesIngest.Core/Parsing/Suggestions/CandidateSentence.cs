namespace MinutesIngest.Core.Parsing.Suggestions;

/// <summary>A sentence of the minutes' body that may record a commitment, with the line it starts on and the item it sits under.</summary>
public sealed record CandidateSentence(string Text, int LineIndex, string? Item);
