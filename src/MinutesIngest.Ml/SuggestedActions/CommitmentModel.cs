using Microsoft.ML;
using MinutesIngest.Core.Parsing.Suggestions;

namespace MinutesIngest.Ml.SuggestedActions;

/// <summary>The trained commitment classifier behind Core's <see cref="ICommitmentClassifier"/> seam.</summary>
public sealed class CommitmentModel : ICommitmentClassifier
{
    /// <summary>Name of the committed model embedded in this assembly.</summary>
    public const string ResourceName = "suggested-actions.zip";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    // PredictionEngine is not thread-safe and ingest extracts on several threads.
    private readonly ThreadLocal<PredictionEngine<SentenceRow, SentencePrediction>> _engine;

    public CommitmentModel(MLContext ml, ITransformer model)
    {
        _ml = ml;
        _model = model;
        _engine = new ThreadLocal<PredictionEngine<SentenceRow, SentencePrediction>>(
            () => _ml.Model.CreatePredictionEngine<SentenceRow, SentencePrediction>(_model));
    }

    /// <summary>The model committed with the project (embedded resource).</summary>
    public static CommitmentModel LoadCommitted()
    {
        using var stream = typeof(CommitmentModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the assembly carries no {ResourceName}; run scripts/train-suggested-actions");
        return Load(stream);
    }

    public static CommitmentModel Load(Stream stream)
    {
        var ml = CommitmentTrainer.Context();
        return new CommitmentModel(ml, ml.Model.Load(stream, out _));
    }

    public static CommitmentModel Train(IEnumerable<LabelledSentence> sentences)
    {
        var ml = CommitmentTrainer.Context();
        return new CommitmentModel(ml, CommitmentTrainer.Train(ml, sentences));
    }

    public void Save(Stream stream) => _ml.Model.Save(_model, null, stream);

    public float Probability(string sentence) => _engine.Value!.Predict(SentenceRow.Of(sentence)).Probability;
}
