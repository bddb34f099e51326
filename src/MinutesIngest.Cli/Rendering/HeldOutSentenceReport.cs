using System.Globalization;
using MinutesIngest.Core.Parsing.Suggestions;
using MinutesIngest.Ml.SuggestedActions;

namespace MinutesIngest.Cli.Rendering;

/// <summary>
/// Scores held-out sentences (real minutes) three ways: the model trained on the training data alone, the model
/// cross-validated by group with the held-out sentences of the other groups added to training, and the rules baseline.
/// </summary>
internal static class HeldOutSentenceReport
{
    private static readonly float[] Thresholds = [0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f];

    public static void Write(
        TextWriter o, IReadOnlyList<LabelledSentence> training, IReadOnlyList<LabelledSentence> heldOut, DocumentGroups groups, int folds, TextWriter? scores = null)
    {
        var trainedAlone = CommitmentModel.Train(training);
        var rules = new RuleCommitmentClassifier();
        var results = GroupFoldValidator.Run(heldOut, training, groups, folds);
        var groupCount = results.Sum(r => r.TestGroups.Count);
        o.WriteLine();
        o.WriteLine($"held out: {heldOut.Count} sentences, {heldOut.Count(s => s.IsCommitment)} commitments, "
                    + $"{heldOut.Select(s => s.Document).Distinct().Count()} documents, {groupCount} groups; {folds} folds by group");
        o.WriteLine("fold  groups  sentences   alone P   alone R  alone F1      cv P      cv R     cv F1    rules P   rules R  rules F1");
        var threshold = SuggestedActionFinder.DefaultThreshold;
        var all = new List<(string Fold, int Groups, int Sentences, BinaryCounts Alone, BinaryCounts Cv, BinaryCounts Rules)>();
        foreach (var r in results)
        {
            var sentences = r.Scored.Select(s => s.Sentence).ToList();
            all.Add((r.Fold.ToString(CultureInfo.InvariantCulture), r.TestGroups.Count, sentences.Count,
                GroupFoldValidator.Count(sentences.Select(s => new ScoredSentence(s, trainedAlone.Probability(s.Text))), threshold),
                GroupFoldValidator.Count(r.Scored, threshold),
                GroupFoldValidator.Count(sentences.Select(s => new ScoredSentence(s, rules.Probability(s.Text))), threshold)));
        }
        all.Add(("all", groupCount, heldOut.Count, all.Select(a => a.Alone).Aggregate((a, b) => a + b),
            all.Select(a => a.Cv).Aggregate((a, b) => a + b), all.Select(a => a.Rules).Aggregate((a, b) => a + b)));
        foreach (var a in all)
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{a.Fold,4}  {a.Groups,6}  {a.Sentences,9}  {Prf(a.Alone)}  {Prf(a.Cv)}   {Prf(a.Rules)}"));
        o.WriteLine("(alone = trained on --data only, never on held-out sentences; cv = --data plus the other folds' held-out sentences)");

        var alone = heldOut.Select(s => new ScoredSentence(s, trainedAlone.Probability(s.Text))).ToList();
        var cv = results.SelectMany(r => r.Scored).ToList();
        if (scores != null) WriteScores(scores, cv, trainedAlone, rules);
        o.WriteLine("threshold   alone P   alone R  alone F1      cv P      cv R     cv F1");
        foreach (var t in Thresholds)
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{t,9:0.00}  {Prf(GroupFoldValidator.Count(alone, t))}  {Prf(GroupFoldValidator.Count(cv, t))}"));
    }

    // One row per held-out sentence, so the errors behind the figures can be read.
    private static void WriteScores(TextWriter w, IEnumerable<ScoredSentence> cv, CommitmentModel alone, RuleCommitmentClassifier rules)
    {
        w.Write("document\tlabel\talone\tcv\trules\tsentence\n");
        foreach (var s in cv)
            w.Write(string.Create(CultureInfo.InvariantCulture,
                $"{s.Sentence.Document}\t{(s.Sentence.IsCommitment ? 1 : 0)}\t{alone.Probability(s.Sentence.Text):0.000}\t{s.Probability:0.000}\t{rules.Probability(s.Sentence.Text):0}\t{s.Sentence.Text}\n"));
    }

    private static string Prf(BinaryCounts c) => string.Create(CultureInfo.InvariantCulture, $"{c.Precision,8:0.000}  {c.Recall,8:0.000}  {c.F1,8:0.000}");
}
