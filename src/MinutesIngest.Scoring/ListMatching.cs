namespace MinutesIngest.Scoring;

/// <summary>A one-to-one pairing of gold entries with predicted entries, by index.</summary>
internal sealed record ListMatching(IReadOnlyList<(int Gold, int Predicted)> Pairs, int GoldCount, int PredictedCount)
{
    public IEnumerable<int> UnmatchedGold => Enumerable.Range(0, GoldCount).Except(Pairs.Select(p => p.Gold));

    public IEnumerable<int> UnmatchedPredicted => Enumerable.Range(0, PredictedCount).Except(Pairs.Select(p => p.Predicted));

    public MatchCounts Counts => new(Pairs.Count, PredictedCount - Pairs.Count, GoldCount - Pairs.Count);
}
