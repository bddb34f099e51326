using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;
using MinutesIngest.Core.Parsing.Pipeline;

namespace MinutesIngest.Ml.LineRoles;

/// <summary>
/// Trains the line-role classifier: LightGBM multiclass over <see cref="LineFeatures"/>, one seed and one thread so the
/// same lines give the same model.
/// </summary>
public static class LineRoleTrainer
{
    public const int Seed = 20261205;

    public static MLContext Context() => new(seed: Seed);

    public static ITransformer Train(MLContext ml, IEnumerable<LabelledLines> documents)
    {
        var rows = documents.SelectMany(d => d.Features.Zip(d.Roles, (f, r) => new LineRow { Features = f, Label = r.ToString() })).ToList();
        // Every role is given one key, in enum order, whatever the training set holds, so scores index the same roles.
        var keys = ml.Data.LoadFromEnumerable(Enum.GetNames<LineRole>().Select(n => new RoleName { Label = n }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(LineRow.Label), keyData: keys)
            .Append(ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = nameof(LineRow.Features),
                NumberOfIterations = 200,
                LearningRate = 0.1,
                NumberOfLeaves = 15,
                MinimumExampleCountPerLeaf = 5,
                NumberOfThreads = 1,
                Seed = Seed,
                Silent = true,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedRole", "PredictedLabel"));
        return pipeline.Fit(ml.Data.LoadFromEnumerable(rows));
    }

    private sealed class RoleName
    {
        public string Label { get; set; } = "";
    }
}
