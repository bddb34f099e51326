namespace MinutesIngest.Ingest.Triage;

/// <summary>Precision and recall of one class over classified cases.</summary>
public sealed record TriageScore(DocumentClass Class, int Labelled, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;
    public double Recall => Labelled == 0 ? 1 : (double)Correct / Labelled;

    /// <summary>One score per class; a case that could not be read counts as missed for its class.</summary>
    public static IReadOnlyList<TriageScore> Of(IReadOnlyList<TriageEvalCase> cases) => DocumentClassCodes.All
        .Select(c => new TriageScore(c,
            cases.Count(x => x.Label == c),
            cases.Count(x => x.Predicted?.Class == c),
            cases.Count(x => x.Label == c && x.Predicted?.Class == c)))
        .ToList();
}
