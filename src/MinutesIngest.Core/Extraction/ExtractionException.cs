namespace MinutesIngest.Core.Extraction;

/// <summary>A file could not be turned into a document; <see cref="Reason"/> is a stable code, the message says why.</summary>
public sealed class ExtractionException(string reason, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Short machine-readable code: corrupt, encrypted, unsupported, empty, too_large, no_text.</summary>
    public string Reason { get; } = reason;
}
