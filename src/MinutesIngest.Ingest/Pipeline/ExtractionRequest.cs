namespace MinutesIngest.Ingest.Pipeline;

/// <summary>One file to extract: where it lives and the bytes already read (and hashed) by the ingest.</summary>
public sealed record ExtractionRequest(string Path, byte[] Content)
{
    /// <summary>Whole-file extraction unless one step of a long scan read in parts is asked.</summary>
    public ExtractionWork Work { get; init; } = ExtractionWork.Whole;
}
