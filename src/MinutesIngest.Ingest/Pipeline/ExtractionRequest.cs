namespace MinutesIngest.Ingest.Pipeline;

/// <summary>One file to extract: where it lives and the bytes already read (and hashed) by the ingest.</summary>
public sealed record ExtractionRequest(string Path, byte[] Content);
