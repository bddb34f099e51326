namespace MinutesIngest.Storage.Topics;

/// <summary>A topic as stored: number, label, top terms and their weights.</summary>
public sealed record StoredTopic(int Number, string Label, IReadOnlyList<string> Terms, IReadOnlyList<float> TermWeights);
