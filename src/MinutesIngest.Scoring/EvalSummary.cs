namespace MinutesIngest.Scoring;

/// <summary>The scores of an evaluation run: every document, the aggregate per format, and the aggregate over all.</summary>
public sealed record EvalSummary(IReadOnlyList<DocumentScore> Documents, IReadOnlyList<ScoreAggregate> ByFormat, ScoreAggregate Overall)
{
    /// <summary>Summarises a non-empty set of document scores; formats are listed in ordinal order.</summary>
    public static EvalSummary Of(IReadOnlyList<DocumentScore> documents)
    {
        var byFormat = documents
            .GroupBy(d => d.Format, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ScoreAggregate.Of(g.Key, g.ToArray()))
            .ToArray();
        return new EvalSummary(documents, byFormat, ScoreAggregate.Of("overall", documents));
    }
}
