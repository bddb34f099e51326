namespace MinutesIngest.Storage.Writing;

/// <summary>The summary of a run: how many files ended in each state, and the failures with their reasons.</summary>
public sealed record IngestReport(IReadOnlyList<FileResult> Results, TimeSpan Elapsed)
{
    /// <summary>Meetings added to the word postings at the end of the run, and how long that took (part of Elapsed).</summary>
    public long MeetingsIndexed { get; init; }

    public TimeSpan IndexingTime { get; init; }

    /// <summary>Documents found to be another copy of a stored meeting at the end of the run: their own meeting rows were merged away.</summary>
    public int TwinsMerged { get; init; }

    /// <summary>Files the run was given; more than <see cref="Total"/> when it was interrupted.</summary>
    public int Planned { get; init; }

    /// <summary>The run was stopped (Ctrl-C) before every file had an outcome; what was committed stays.</summary>
    public bool Interrupted { get; init; }

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

    /// <summary>Failures this run did not try again: recorded earlier for the same bytes.</summary>
    public int FailedEarlier => Results.Count(r => r.Outcome == FileOutcome.Failed && r.FromEarlierRun);

    /// <summary>Files whose current bytes are in the database after the run (stored now, replaced, or unchanged).</summary>
    public int InDatabase => Stored + Replaced + Skipped;

    public IEnumerable<FileResult> Failures => Results.Where(r => r.Outcome == FileOutcome.Failed).OrderBy(r => r.Path, StringComparer.Ordinal);

    private int Count(FileOutcome outcome) => Results.Count(r => r.Outcome == outcome);
}
