namespace MinutesIngest.Storage.Ingest;

/// <summary>What the database already holds for a path.</summary>
public sealed record StoredDocument(string Path, string? Sha256, int ParserVersion, string Status);
