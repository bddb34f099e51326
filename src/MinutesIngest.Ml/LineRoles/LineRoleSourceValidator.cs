using MinutesIngest.Core.Parsing;
using MinutesIngest.Core.Parsing.Pipeline;
using MinutesIngest.Scoring;

namespace MinutesIngest.Ml.LineRoles;

/// <summary>
/// Cross-validation by source: each fold's documents are parsed by the rules alone and by the rules with a model trained
/// on the other folds only (no repository or body in both), and both parses are scored against the gold by the contract's rules.
/// </summary>
public static class LineRoleSourceValidator
{
    /// <summary>One result per fold; each fold's learned scores are given per threshold, in the order of <paramref name="thresholds"/>.</summary>
    public static IReadOnlyList<LineRoleFold> Run(IReadOnlyList<LabelledDocument> documents, int folds, IReadOnlyList<float> thresholds, bool rulesFeature = false, bool onlyWhereRulesFoundNone = true)
    {
        var foldOf = SourceFolds.Assign(documents.Select(d => d.Source), folds);
        var examples = documents.Select(d => LineRoleExamples.From(d, rulesFeature)).ToList();
        // The rules' own projected roles, the line-accuracy baseline, whether or not the model sees them.
        var rulesRoles = rulesFeature ? examples : documents.Select(d => LineRoleExamples.From(d, rulesFeature: true)).ToList();
        var rulesParser = new MinutesParser();
        var scorer = new DocumentScorer();
        var results = new List<LineRoleFold>();
        for (var f = 0; f < folds; f++)
        {
            var test = Enumerable.Range(0, documents.Count).Where(i => foldOf[documents[i].Source] == f).ToList();
            var model = LineRoleModel.Train(Enumerable.Range(0, documents.Count).Where(i => foldOf[documents[i].Source] != f).Select(i => examples[i]), rulesFeature);
            var learnedParsers = thresholds.Select(t => new MinutesParserBuilder().UseDefaultRules().UseLineRoleAdvisor(model, t, onlyWhereRulesFoundNone).Build()).ToList();
            var (lines, modelCorrect, rulesCorrect) = (0, 0, 0);
            foreach (var i in test)
            {
                var ex = examples[i];
                for (var k = 0; k < ex.Roles.Count; k++)
                {
                    lines++;
                    if (model.Predict(ex.Features[k]).Role == ex.Roles[k]) modelCorrect++;
                    if (RulesRole(rulesRoles[i].Features[k]) == ex.Roles[k]) rulesCorrect++;
                }
            }
            results.Add(new LineRoleFold(f + 1,
                test.Select(i => documents[i].Source).Distinct().Order(StringComparer.Ordinal).ToList(),
                test.Select(i => scorer.Score(documents[i].Name, documents[i].Gold, rulesParser.Parse(documents[i].Document))).ToList(),
                learnedParsers.Select(p => (IReadOnlyList<DocumentScore>)test.Select(i => scorer.Score(documents[i].Name, documents[i].Gold, p.Parse(documents[i].Document))).ToList()).ToList(),
                lines, modelCorrect, rulesCorrect));
        }
        return results;
    }

    // The rules' projected role is one-hot at the end of the line's own features.
    private static LineRole RulesRole(float[] features)
    {
        var roles = Enum.GetValues<LineRole>();
        for (var r = 0; r < roles.Length; r++)
            if (features[LineFeatures.OwnCount - roles.Length + r] > 0) return roles[r];
        return LineRole.Other;
    }
}
