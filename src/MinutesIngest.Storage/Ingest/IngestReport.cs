namespace MinutesIngest.Storage.Ingest;

/// <summary>The summary of a run: how many files ended in each state, and the failures with their reasons.</summary>
public sealed record IngestReport(IReadOnlyList<FileResult> Results, TimeSpan Elapsed)
{
    public int Total => Results.Count;
    public int Stored => Count(FileOutcome.Stored);
    public int Replaced => Count(FileOutcome.Replaced);
    public int Skipped => Count(FileOutcome.Skipped);
    public int Failed => Count(FileOutcome.Failed);
    public int Missing => Count(FileOutcome.Missing);
    public IEnumerable<FileResult> Failures => Results.Where(r => r.Outcome == FileOutcome.Failed).OrderBy(r => r.Path, StringComparer.Ordinal);

    private int Count(FileOutcome outcome) => Results.Count(r => r.Outcome == outcome);
}
