using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Storage.Queries;

/// <summary>One stored meeting as it was extracted: its source document, metadata (Series: its committee series within the body), attendance, items and actions.</summary>
public sealed record MeetingDetail(
    long DocumentId, string DocumentPath, string? Format, string? Body, string? BodyName, string? Title, string? Date, string? StartTime,
    string? Venue, string? Chair, string? MinuteTaker, string? NextMeetingDate, string? NextMeetingTime, string? Series)
{
    public IReadOnlyList<MeetingAttendee> Attendance { get; init; } = [];
    public IReadOnlyList<MeetingItem> Items { get; init; } = [];
    public IReadOnlyList<MeetingAction> Actions { get; init; } = [];

    /// <summary>Every file this meeting was read from, the kept source first (several when copies of one meeting were merged).</summary>
    public IReadOnlyList<MeetingSource> Sources { get; init; } = [];

    /// <summary>Mean OCR word confidence (0-100) of each page in page order, null for pages read from their text layer; empty when no page was OCR'd.</summary>
    public IReadOnlyList<double?> OcrPageConfidence { get; init; } = [];

    /// <summary>What the extractor skipped, repaired or could barely read in the kept source, one sentence each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>A stored meeting was read whole, or with warnings (partial success).</summary>
    public DocumentResult Result => DocumentResultCodes.Of(failed: false, Warnings.Count);

    /// <summary>Mean over the OCR'd pages; null when no page was OCR'd.</summary>
    public double? OcrConfidence => OcrPageConfidence.Any(c => c.HasValue) ? OcrPageConfidence.Where(c => c.HasValue).Average() : null;
}
