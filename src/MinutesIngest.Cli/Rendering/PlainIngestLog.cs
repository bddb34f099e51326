using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Writing;

namespace MinutesIngest.Cli.Rendering;

/// <summary>Progress as plain log lines (for logs and pipes): a line every few seconds, and one per failed file.</summary>
internal sealed class PlainIngestLog(TextWriter writer) : IIngestObserver
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private TimeSpan _lastLine = TimeSpan.Zero;

    public void Started(int totalFiles) => writer.WriteLine($"ingest: {totalFiles} files");

    // A file starting after a quiet stretch (a long OCR) gets a line too, so the log says what it is waiting on.
    public void FileStarted(string path, IngestProgress progress) => MaybeWrite(progress);

    public void FileFinished(FileResult result, IngestProgress progress)
    {
        if (result.Outcome == FileOutcome.Failed)
            writer.WriteLine($"ingest: failed {result.Path}: {result.Reason}: {FailureAdvice.For(result.Reason).Explanation}");
        MaybeWrite(progress);
    }

    private void MaybeWrite(IngestProgress progress)
    {
        if (progress.Elapsed - _lastLine < Interval && progress.Done < progress.Total) return;
        _lastLine = progress.Elapsed;
        writer.WriteLine($"ingest: {IngestProgressText.Describe(progress)}");
    }
}
