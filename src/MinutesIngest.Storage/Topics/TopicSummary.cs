namespace MinutesIngest.Storage.Topics;

/// <summary>A stored topic with the number of items and meetings in which it carries at least <see cref="TopicStore.OccurrenceWeight"/>.</summary>
public sealed record TopicSummary
{
    public int Number { get; init; }
    public string Label { get; init; } = "";
    public string[] Terms { get; init; } = [];
    public long Items { get; init; }
    public long Meetings { get; init; }
    /// <summary>Mean NPMI of the top terms over the items (−1 to 1); null for a build made before coherence was scored.</summary>
    public double? Coherence { get; init; }
}
