namespace MinutesIngest.Storage.Ingest;

/// <summary>A snapshot of a run: files finished out of the total, and time spent.</summary>
public sealed record IngestProgress(int Done, int Total, TimeSpan Elapsed)
{
    public double FilesPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>Time left at the rate so far; null until there is a rate.</summary>
    public TimeSpan? Remaining => Done > 0 && FilesPerSecond > 0 ? TimeSpan.FromSeconds((Total - Done) / FilesPerSecond) : null;
}
