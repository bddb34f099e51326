namespace MinutesIngest.Ingest.Pipeline;

/// <summary>A snapshot of a run: files finished out of the total, time spent, the estimate of time left and the file being read.</summary>
public sealed record IngestProgress(int Done, int Total, TimeSpan Elapsed)
{
    public double FilesPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>Time left, from the pages (or bytes) read so far and still to read; null until there is a rate.</summary>
    public TimeSpan? Remaining { get; init; }

    /// <summary>The file in flight the longest, or null between files.</summary>
    public string? CurrentFile { get; init; }
}
