namespace MinutesIngest.Ml.SuggestedActions;

/// <summary>
/// Cross-validation by group (for real minutes, the repository that published them): the groups of the tested sentences
/// are dealt to folds in name order, round-robin, and each fold's model is trained on the always-trained sentences plus
/// the tested sentences of the other folds, so no group is ever in both training and test.
/// </summary>
public static class GroupCrossValidator
{
    public static IReadOnlyList<GroupFoldResult> Run(
        IReadOnlyList<LabelledSentence> tested, IReadOnlyList<LabelledSentence> alwaysTrained, DocumentGroups groups, int folds)
    {
        var groupOf = tested.Select(s => s.Document).Distinct().ToDictionary(d => d, groups.Of, StringComparer.Ordinal);
        var names = groupOf.Values.Distinct().Order(StringComparer.Ordinal).ToList();
        if (names.Count < folds) throw new ArgumentException($"{names.Count} groups cannot fill {folds} folds");
        var trainedGroups = alwaysTrained.Select(s => s.Document).Distinct().Where(groupOf.ContainsKey).ToList();
        if (trainedGroups.Count > 0) throw new ArgumentException($"document {trainedGroups[0]} is both always trained and tested");
        var foldOf = names.Select((g, i) => (g, i % folds)).ToDictionary(x => x.g, x => x.Item2, StringComparer.Ordinal);
        var results = new List<GroupFoldResult>();
        for (var f = 0; f < folds; f++)
        {
            var inFold = tested.Where(s => foldOf[groupOf[s.Document]] == f).ToList();
            var model = CommitmentModel.Train([.. alwaysTrained, .. tested.Where(s => foldOf[groupOf[s.Document]] != f)]);
            results.Add(new GroupFoldResult(f + 1, names.Where(g => foldOf[g] == f).ToList(),
                inFold.Select(s => new ScoredSentence(s, model.Probability(s.Text))).ToList()));
        }
        return results;
    }

    /// <summary>Confusion counts of scored sentences at a threshold.</summary>
    public static BinaryCounts Count(IEnumerable<ScoredSentence> scored, float threshold) =>
        scored.Aggregate(BinaryCounts.Zero, (c, s) => c.Add(s.Sentence.IsCommitment, s.Probability >= threshold));
}
