namespace MinutesIngest.Storage.Ingest;

/// <summary>Receives progress from a run; called from several threads, one call at a time.</summary>
public interface IIngestObserver
{
    void Started(int totalFiles);
    void FileFinished(FileResult result, IngestProgress progress);
}
