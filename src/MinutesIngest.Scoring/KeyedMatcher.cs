namespace MinutesIngest.Scoring;

/// <summary>Pairs entries whose keys are equal, one-to-one and in document order, so a key printed twice must be predicted twice.</summary>
internal static class KeyedMatcher
{
    public static ListMatching Match<T>(IReadOnlyList<T> gold, IReadOnlyList<T> predicted, Func<T, string> key)
    {
        var queues = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var p = 0; p < predicted.Count; p++)
        {
            var k = key(predicted[p]);
            if (!queues.TryGetValue(k, out var q)) queues[k] = q = new Queue<int>();
            q.Enqueue(p);
        }
        var pairs = new List<(int, int)>();
        for (var g = 0; g < gold.Count; g++)
            if (queues.TryGetValue(key(gold[g]), out var q) && q.Count > 0) pairs.Add((g, q.Dequeue()));
        return new ListMatching(pairs, gold.Count, predicted.Count);
    }
}
