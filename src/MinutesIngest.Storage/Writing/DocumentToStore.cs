using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Storage.Writing;

/// <summary>One file's extraction result on its way to the database.</summary>
public sealed record DocumentToStore(string Path, string? Sha256, long SizeBytes, ExtractionOutcome Extraction, bool ReplacesExisting)
{
    /// <summary>Triage set it aside: only its documents row (status not_minutes, with its class) is written, no meeting.</summary>
    public bool SetAside { get; init; }

    /// <summary>The body the importer gave for this file, used when the document names none.</summary>
    public string? FallbackBody { get; init; }

    /// <summary>The body as found (document first, importer second) and as stored (normalised).</summary>
    public string? BodyAsFound => Extraction.BodyFound ?? Extraction.Record?.Meeting.Body ?? FallbackBody;

    /// <summary>Whether the document's meeting, attendance, items and actions are written.</summary>
    public bool StoresMeeting => Extraction.Succeeded && !SetAside;

    /// <summary>The documents.status this document gets.</summary>
    public string Status => !Extraction.Succeeded ? "failed" : SetAside ? "not_minutes" : "stored";

    /// <summary>The outcome this document has once its rows are committed.</summary>
    public FileResult ToResult() => (!Extraction.Succeeded
        ? new FileResult(Path, FileOutcome.Failed, Extraction.FailureReason, Extraction.FailureMessage)
        : new FileResult(Path, SetAside ? FileOutcome.NotMinutes : ReplacesExisting ? FileOutcome.Replaced : FileOutcome.Stored))
        with { ExtractionTime = Extraction.Elapsed, DocumentClass = Extraction.DocumentClass, Pages = Extraction.Pages };
}
