namespace MinutesIngest.Ingest.Triage;

/// <summary>A document's class and the evidence that decided it, for the ingest summary and for diagnosing a wrong call.</summary>
public sealed record TriageDecision(DocumentClass Class, string Reason)
{
    public string Code => DocumentClassCodes.Code(Class);
}
