
namespace MinutesIngest.Core.Minutes;

/// <summary>What extracting one file gave: the minutes and document facts, or the reason it failed.</summary>
public sealed record ExtractionOutcome
{
    /// <summary>The contract's format name when known (txt, html, docx, pdf), else the sniffed kind.</summary>
    public string? Format { get; init; }
    public int? Pages { get; init; }
    public MinutesRecord? Record { get; init; }
    /// <summary>Mean OCR word confidence (0-100) per page, null entries for text pages; empty when nothing was OCR'd.</summary>
    public IReadOnlyList<double?> OcrPageConfidence { get; init; } = [];

    /// <summary>Mean over the OCR'd pages of <see cref="OcrPageConfidence"/>; null when no page was OCR'd.</summary>
    public double? OcrConfidence => OcrPageConfidence.Any(c => c.HasValue) ? OcrPageConfidence.Where(c => c.HasValue).Average() : null;
    /// <summary>What the extractor skipped or repaired to read the file (a missing optional part), one sentence each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>A stable code (corrupt, unsupported, empty, crashed…) when extraction failed.</summary>
    public string? FailureReason { get; init; }
    public string? FailureMessage { get; init; }
    /// <summary>The triage class code (minutes, agenda, meeting_paper, not_meeting) of a document that was read; null when it failed.</summary>
    public string? DocumentClass { get; init; }
    /// <summary>The body the document names (stated apart, in the title or the letterhead), as written; null when it names none.</summary>
    public string? BodyFound { get; init; }
    /// <summary>The per-class scores behind <see cref="DocumentClass"/>.</summary>
    public string? TriageReason { get; init; }
    /// <summary>The pages recognised, when only the OCR of some pages of a long scan was asked.</summary>
    public IReadOnlyList<Extraction.Ocr.OcrPage>? OcrPages { get; init; }
    /// <summary>The pages extraction would read by OCR, when only those were asked (to split a long scan over several servers).</summary>
    public IReadOnlyList<int>? PagesNeedingOcr { get; init; }
    /// <summary>Wall-clock time the extraction took (in a worker: from the request sent to the reply read), when measured.</summary>
    public TimeSpan? Elapsed { get; init; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool Succeeded => Record != null;

    /// <summary>Read whole, read with warnings, or not read.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DocumentResult Result => DocumentResultCodes.Of(!Succeeded, Warnings.Count);

    public static ExtractionOutcome Success(MinutesRecord record, int pages) =>
        new() { Format = record.Format, Pages = pages, Record = record };

    public static ExtractionOutcome Failure(string reason, string message, string? format = null) =>
        new() { Format = format, FailureReason = reason, FailureMessage = message };
}
