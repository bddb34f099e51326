namespace MinutesIngest.Ingest.Triage;

/// <summary>One labelled file of the triage set: its true class, the source it comes from (the unit of cross-validation) and, once classified, the decision.</summary>
public sealed record TriageEvalCase(DocumentClass Label, string Source, string Path)
{
    public TriageDecision? Predicted { get; init; }
}
