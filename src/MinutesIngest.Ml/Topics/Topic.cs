namespace MinutesIngest.Ml.Topics;

/// <summary>A fitted topic: its number (1-based), a short label made from its top terms, the top terms themselves, and
/// their coherence over the reference corpus (mean NPMI, −1 to 1; null when the fit was given none).</summary>
public sealed record Topic(int Number, string Label, IReadOnlyList<TopicTerm> Terms, double? Coherence = null);
