using Microsoft.ML;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Pipeline;

namespace MinutesIngest.Ml.LineRoles;

/// <summary>The trained line-role classifier behind Core's <see cref="ILineRoleAdvisor"/> seam.</summary>
public sealed class LineRoleModel : ILineRoleAdvisor
{
    /// <summary>Name of the committed model embedded in this assembly.</summary>
    public const string ResourceName = "line-roles.zip";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    // PredictionEngine is not thread-safe and ingest extracts on several threads.
    private readonly ThreadLocal<PredictionEngine<LineRow, LinePrediction>> _engine;

    /// <summary>Whether the features carry the roles the rules' findings give each line; the committed model reads layout and text only,
    /// the variant that beat the rules in cross-validation by source (with the rules' roles it learnt to copy them).</summary>
    public bool RulesFeature { get; }

    public LineRoleModel(MLContext ml, ITransformer model, bool rulesFeature = false)
    {
        RulesFeature = rulesFeature;
        _ml = ml;
        _model = model;
        _engine = new ThreadLocal<PredictionEngine<LineRow, LinePrediction>>(() => _ml.Model.CreatePredictionEngine<LineRow, LinePrediction>(_model));
    }

    /// <summary>The model committed with the project (embedded resource).</summary>
    public static LineRoleModel LoadCommitted()
    {
        using var stream = typeof(LineRoleModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the assembly carries no {ResourceName}; run scripts/train-line-roles --write");
        return Load(stream);
    }

    public static LineRoleModel Load(Stream stream)
    {
        var ml = LineRoleTrainer.Context();
        return new LineRoleModel(ml, ml.Model.Load(stream, out _));
    }

    /// <summary>Trains on rows made with the same <paramref name="rulesFeature"/> setting (see <see cref="LineRoleExamples.From"/>).</summary>
    public static LineRoleModel Train(IEnumerable<LabelledLines> documents, bool rulesFeature = false)
    {
        var ml = LineRoleTrainer.Context();
        return new LineRoleModel(ml, LineRoleTrainer.Train(ml, documents), rulesFeature);
    }

    public void Save(Stream stream) => _ml.Model.Save(_model, null, stream);

    /// <summary>The role and its probability for one feature vector.</summary>
    public (LineRole Role, float Confidence) Predict(float[] features)
    {
        var p = _engine.Value!.Predict(new LineRow { Features = features });
        var role = Enum.Parse<LineRole>(p.Role);
        return (role, p.Score.Length > (int)role ? p.Score[(int)role] : 0f);
    }

    public IReadOnlyList<LineRoleAdvice> Advise(SourceDocument document, IReadOnlyList<DocLine> lines, MinutesRecord rules)
    {
        var rulesRoles = LineRoleProjector.Project(lines, rules);
        var features = LineFeatures.For(lines, RulesFeature ? rulesRoles : new LineRole[lines.Count], document.PageCount);
        // A line the rules claimed is never overruled, so it is not predicted: its advice is the rules' role with no
        // confidence. Prediction was the largest stage of a PDF ingest (ingest --profile).
        return features.Select((f, i) =>
        {
            if (!LineRoleAdvice.IsOpen(rulesRoles[i])) return new LineRoleAdvice(rulesRoles[i], 0f, rulesRoles[i]);
            var (role, confidence) = Predict(f);
            return new LineRoleAdvice(role, confidence, rulesRoles[i]);
        }).ToList();
    }
}
