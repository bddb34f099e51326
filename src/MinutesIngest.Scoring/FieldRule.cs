namespace MinutesIngest.Scoring;

/// <summary>One scored field of a list entry: its name, how to read it, and when two values count as equal.</summary>
internal sealed record FieldRule<T>(string Name, Func<T, string?> Value, Func<string?, string?, bool> Equal);
