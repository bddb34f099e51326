namespace MinutesIngest.Scoring;

/// <summary>Pairs entries one-to-one by similarity, best-scoring pair first, keeping only pairs at or above a threshold.</summary>
internal static class GreedyMatcher
{
    /// <param name="goldCount">Number of gold entries.</param>
    /// <param name="predictedCount">Number of predicted entries.</param>
    /// <param name="similarity">Similarity of gold entry i and predicted entry j, by index.</param>
    /// <param name="threshold">Lowest similarity that still counts as a match.</param>
    public static ListMatching Match(int goldCount, int predictedCount, Func<int, int, double> similarity, double threshold)
    {
        var candidates = new List<(double Score, int Gold, int Predicted)>();
        for (var g = 0; g < goldCount; g++)
            for (var p = 0; p < predictedCount; p++)
            {
                var s = similarity(g, p);
                if (s >= threshold) candidates.Add((s, g, p));
            }
        // Ties go to document order so the result does not depend on sort stability.
        candidates.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score)
            : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Predicted.CompareTo(b.Predicted));
        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (_, g, p) in candidates)
            if (!usedGold.Contains(g) && !usedPredicted.Contains(p))
            {
                usedGold.Add(g); usedPredicted.Add(p); pairs.Add((g, p));
            }
        pairs.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return new ListMatching(pairs, goldCount, predictedCount);
    }
}
