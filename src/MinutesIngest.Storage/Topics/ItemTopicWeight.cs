namespace MinutesIngest.Storage.Topics;

/// <summary>One item's share of one topic.</summary>
public readonly record struct ItemTopicWeight(long ItemId, int Topic, float Weight);
