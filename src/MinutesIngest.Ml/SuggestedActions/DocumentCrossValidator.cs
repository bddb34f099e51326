using MinutesIngest.Core.Parsing.Suggestions;

namespace MinutesIngest.Ml.SuggestedActions;

/// <summary>
/// K-fold cross-validation by document: every sentence of a document falls in the same fold, so no sentence of a
/// test document is seen in training. Documents are dealt to folds in name order, round-robin, so folds repeat.
/// </summary>
public static class DocumentCrossValidator
{
    public static IReadOnlyList<FoldResult> Run(IReadOnlyList<LabelledSentence> sentences, int folds, float threshold = SuggestedActionFinder.DefaultThreshold)
    {
        var documents = sentences.Select(s => s.Document).Distinct().Order(StringComparer.Ordinal).ToList();
        if (documents.Count < folds) throw new ArgumentException($"{documents.Count} documents cannot fill {folds} folds");
        var foldOf = documents.Select((d, i) => (d, i % folds)).ToDictionary(x => x.d, x => x.Item2, StringComparer.Ordinal);
        var baseline = new RuleCommitmentClassifier();
        var results = new List<FoldResult>();
        for (var f = 0; f < folds; f++)
        {
            var train = sentences.Where(s => foldOf[s.Document] != f).ToList();
            var test = sentences.Where(s => foldOf[s.Document] == f).ToList();
            var model = CommitmentModel.Train(train);
            var (m, b, am, ab) = (BinaryCounts.Zero, BinaryCounts.Zero, BinaryCounts.Zero, BinaryCounts.Zero);
            foreach (var s in test)
            {
                var byModel = model.Probability(s.Text) >= threshold;
                var byRules = baseline.Probability(s.Text) >= threshold;
                m = m.Add(s.IsCommitment, byModel);
                b = b.Add(s.IsCommitment, byRules);
                if (IsGenerated(s.Document)) continue;
                am = am.Add(s.IsCommitment, byModel);
                ab = ab.Add(s.IsCommitment, byRules);
            }
            results.Add(new FoldResult(f + 1, documents.Where(d => foldOf[d] == f).ToList(), test.Count, m, b, am, ab));
        }
        return results;
    }

    /// <summary>Generated training documents are named gen-NNN; their templates flatter any learner, so authored documents are also scored alone.</summary>
    public static bool IsGenerated(string document) => document.StartsWith("gen-", StringComparison.Ordinal);
}
