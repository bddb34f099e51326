namespace MinutesIngest.Ml.LineRoles;

/// <summary>
/// Deals sources (a repository, or an authoring set) to cross-validation folds so that no source has documents in two
/// folds: largest source first, each to the fold holding the fewest documents so far (ties: the lowest fold), so folds repeat.
/// </summary>
public static class SourceFolds
{
    /// <summary>The fold (0-based) of every source named in <paramref name="documentSources"/> (one entry per document).</summary>
    public static IReadOnlyDictionary<string, int> Assign(IEnumerable<string> documentSources, int folds)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), folds, "cross-validation needs at least 2 folds");
        var sizes = documentSources.GroupBy(s => s, StringComparer.Ordinal).Select(g => (Source: g.Key, Count: g.Count()))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Source, StringComparer.Ordinal).ToList();
        if (sizes.Count < folds) throw new ArgumentException($"{sizes.Count} sources cannot fill {folds} folds");
        var load = new int[folds];
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (source, count) in sizes)
        {
            var fold = Array.IndexOf(load, load.Min());
            result[source] = fold;
            load[fold] += count;
        }
        return result;
    }
}
