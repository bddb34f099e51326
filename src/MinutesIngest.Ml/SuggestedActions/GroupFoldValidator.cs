namespace MinutesIngest.Ml.SuggestedActions;

/// <summary>
/// Validation by group folds (for real minutes, the repository that published them): the groups of the tested sentences
/// are dealt to folds in name order, round-robin, and each fold's model is trained on the always-trained sentences plus
/// the tested sentences of the other folds, so no group is ever in both training and test.
/// </summary>
public static class GroupFoldValidator
{
    public static IReadOnlyList<GroupFoldResult> Run(
        IReadOnlyList<LabelledSentence> tested, IReadOnlyList<LabelledSentence> alwaysTrained, DocumentGroups groups, int folds)
    {
        var testedDocuments = tested.Select(s => s.Document).ToHashSet(StringComparer.Ordinal);
        if (alwaysTrained.FirstOrDefault(s => testedDocuments.Contains(s.Document)) is { } both)
            throw new ArgumentException($"document {both.Document} is both always trained and tested");
        return Deal(tested, groups, folds).Select(fold =>
        {
            var model = CommitmentModel.Train([.. alwaysTrained, .. fold.Train]);
            return new GroupFoldResult(fold.Fold, fold.TestGroups, fold.Test.Select(s => new ScoredSentence(s, model.Probability(s.Text))).ToList());
        }).ToList();
    }

    /// <summary>Deals the tested sentences to folds by group, every group whole in one fold.</summary>
    public static IReadOnlyList<GroupFold> Deal(IReadOnlyList<LabelledSentence> tested, DocumentGroups groups, int folds)
    {
        var groupOf = tested.Select(s => s.Document).Distinct().ToDictionary(d => d, groups.Of, StringComparer.Ordinal);
        var names = groupOf.Values.Distinct().Order(StringComparer.Ordinal).ToList();
        if (folds < 2 || names.Count < folds) throw new ArgumentException($"{names.Count} groups cannot fill {folds} folds");
        var foldOf = names.Select((g, i) => (g, i % folds)).ToDictionary(x => x.g, x => x.Item2, StringComparer.Ordinal);
        return Enumerable.Range(0, folds).Select(f => new GroupFold(f + 1,
            names.Where(g => foldOf[g] == f).ToList(),
            tested.Where(s => foldOf[groupOf[s.Document]] == f).ToList(),
            tested.Where(s => foldOf[groupOf[s.Document]] != f).ToList())).ToList();
    }

    /// <summary>Confusion counts of scored sentences at a threshold.</summary>
    public static BinaryCounts Count(IEnumerable<ScoredSentence> scored, float threshold) =>
        scored.Aggregate(BinaryCounts.Zero, (c, s) => c.Add(s.Sentence.IsCommitment, s.Probability >= threshold));
}
