namespace MinutesIngest.Storage.Queries;

/// <summary>What the database already holds for a path, with the reason and message of a recorded failure.</summary>
public sealed record StoredDocument(string Path, string? Sha256, int ParserVersion, string Status, string? ErrorReason = null, string? ErrorMessage = null);
