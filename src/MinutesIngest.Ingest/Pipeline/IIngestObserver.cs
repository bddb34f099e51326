using MinutesIngest.Storage.Writing;
namespace MinutesIngest.Ingest.Pipeline;

/// <summary>Receives progress from a run; called from several threads, one call at a time.</summary>
public interface IIngestObserver
{
    void Started(int totalFiles);

    /// <summary>A file is being read; progress names the file in flight longest (the one a long OCR stretch is spent on).</summary>
    void FileStarted(string path, IngestProgress progress) { }

    void FileFinished(FileResult result, IngestProgress progress);
}
