using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Storage.Ingest;

/// <summary>What extracting one file gave: the minutes and document facts, or the reason it failed.</summary>
public sealed record ExtractionOutcome
{
    /// <summary>The contract's format name when known (txt, html, docx, pdf), else the sniffed kind.</summary>
    public string? Format { get; init; }
    public int? Pages { get; init; }
    public MinutesRecord? Record { get; init; }
    /// <summary>A stable code (corrupt, unsupported, empty, crashed…) when extraction failed.</summary>
    public string? FailureReason { get; init; }
    public string? FailureMessage { get; init; }
    /// <summary>Wall-clock time the extraction took (in a worker: from the request sent to the reply read), when measured.</summary>
    public TimeSpan? Elapsed { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool Succeeded => Record != null;

    public static ExtractionOutcome Success(MinutesRecord record, int pages) =>
        new() { Format = record.Format, Pages = pages, Record = record };

    public static ExtractionOutcome Failure(string reason, string message, string? format = null) =>
        new() { Format = format, FailureReason = reason, FailureMessage = message };
}
