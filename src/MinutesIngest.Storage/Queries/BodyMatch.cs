namespace MinutesIngest.Storage.Queries;

/// <summary>One --body filter as typed and the stored bodies it names (empty when it names none).</summary>
public sealed record BodyMatch(string Filter, IReadOnlyList<string> Bodies);
