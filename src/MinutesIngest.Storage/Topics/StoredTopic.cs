namespace MinutesIngest.Storage.Topics;

/// <summary>A topic as stored: number, label, top terms and their weights, and its coherence (mean NPMI of the top terms) when scored.</summary>
public sealed record StoredTopic(int Number, string Label, IReadOnlyList<string> Terms, IReadOnlyList<float> TermWeights, double? Coherence = null);
