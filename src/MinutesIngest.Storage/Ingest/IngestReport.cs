namespace MinutesIngest.Storage.Ingest;

/// <summary>The summary of a run: how many files ended in each state, and the failures with their reasons.</summary>
public sealed record IngestReport(IReadOnlyList<FileResult> Results, TimeSpan Elapsed)
{
    /// <summary>Meetings added to the word postings at the end of the run, and how long that took (part of Elapsed).</summary>
    public long MeetingsIndexed { get; init; }

    public TimeSpan IndexingTime { get; init; }

    /// <summary>Documents found to be another copy of a stored meeting at the end of the run: their own meeting rows were merged away.</summary>
    public int TwinsMerged { get; init; }

    public int Total => Results.Count;
    public int Stored => Count(FileOutcome.Stored);
    public int Replaced => Count(FileOutcome.Replaced);
    public int Skipped => Count(FileOutcome.Skipped);
    public int Failed => Count(FileOutcome.Failed);
    public int Missing => Count(FileOutcome.Missing);
    public int NotMinutes => Count(FileOutcome.NotMinutes);
    /// <summary>Documents set aside by triage, per class code.</summary>
    public IReadOnlyDictionary<string, int> NotMinutesByClass => Results.Where(r => r.Outcome == FileOutcome.NotMinutes)
        .GroupBy(r => r.DocumentClass ?? "unknown").ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    public IEnumerable<FileResult> Failures => Results.Where(r => r.Outcome == FileOutcome.Failed).OrderBy(r => r.Path, StringComparer.Ordinal);

    private int Count(FileOutcome outcome) => Results.Count(r => r.Outcome == outcome);
}
