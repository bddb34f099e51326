namespace MinutesIngest.Core.Parsing.Actions;

/// <summary>An action found in the document before its owner is resolved and its item assigned.</summary>
public sealed record RawAction(string Text, string? Owner, string? DueText, string? ItemRef, int LineIndex);
