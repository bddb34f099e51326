using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace MinutesIngest.Ml.SuggestedActions;

/// <summary>
/// Trains the commitment classifier: word 1–2-grams and character 2–4-grams of the lower-cased sentence
/// (stop words kept: "to" and "will" are the signal) into L-BFGS logistic regression. One seed, one thread,
/// so the same sentences give the same model.
/// </summary>
public static class CommitmentTrainer
{
    public const int Seed = 20261126;

    public static ITransformer Train(MLContext ml, IEnumerable<LabelledSentence> sentences)
    {
        var data = ml.Data.LoadFromEnumerable(sentences.Select(s => SentenceRow.Of(s.Text, s.IsCommitment)));
        return Pipeline(ml).Fit(data);
    }

    public static MLContext Context() => new(seed: Seed);

    private static IEstimator<ITransformer> Pipeline(MLContext ml)
    {
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepPunctuations = false,
            KeepDiacritics = false,
            KeepNumbers = false,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var shape = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        return ml.Transforms.Text.FeaturizeText("TextFeatures", text, nameof(SentenceRow.Text))
            .Append(ml.Transforms.Text.FeaturizeText("ShapeFeatures", shape, nameof(SentenceRow.Shape)))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", "ShapeFeatures"))
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(SentenceRow.Label),
                FeatureColumnName = "Features",
                L2Regularization = 0.01f,
                L1Regularization = 0f,
                NumberOfThreads = 1,
            }));
    }
}
