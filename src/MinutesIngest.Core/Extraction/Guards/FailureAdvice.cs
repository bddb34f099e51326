namespace MinutesIngest.Core.Extraction.Guards;

/// <summary>What a failure reason means to someone importing minutes, and what they can do about it.</summary>
public sealed record FailureAdvice(string Reason, string Explanation, string Remedy)
{
    private const string OcrInstall = "apt-get install -y tesseract-ocr tesseract-ocr-eng poppler-utils";

    /// <summary>Every reason code the tool records, in the order a reader meets them.</summary>
    public static IReadOnlyList<FailureAdvice> All { get; } =
    [
        new(FailureReasons.Encrypted, "the file is password-protected",
            "supply an unlocked copy (open it with the password and save or print it without protection), then ingest that"),
        new(FailureReasons.Corrupt, "the file is damaged or incomplete (often a download cut short)",
            "download the file again from its source and ingest the new copy"),
        new(FailureReasons.Empty, "the file has no bytes",
            "download it again; an empty file usually means the download or copy failed"),
        new(FailureReasons.NoText, "no text could be read: blank pages, or a scan the OCR could not read",
            $"check the OCR tools are installed ({OcrInstall}); if they are, the scan is unreadable: get a clearer copy or a text version"),
        new(FailureReasons.OcrUnavailable, "the pages are scanned images and the OCR tools are not installed",
            $"install them ({OcrInstall}, or scripts/setup), then run: minutes ingest --retry-failed"),
        new(FailureReasons.OcrTimeout, "reading a scanned page took longer than the per-page limit (a huge or very dense page)",
            "run: minutes ingest --retry-failed when the machine is less busy; if it fails again, get a text version of the minutes"),
        new(FailureReasons.OcrFailed, "the OCR tools failed on a scanned page (a damaged image, or a broken installation)",
            $"check the tools work (reinstall: {OcrInstall}), then run: minutes ingest --retry-failed"),
        new(FailureReasons.Unsupported, "not a kind of file the tool reads (legacy .doc, a spreadsheet, a zip that is not a Word document, binary data)",
            "save or export it as PDF, DOCX, HTML or text and ingest that"),
        new(FailureReasons.TooLarge, "the file is bigger than the size limit for its kind",
            "check it really is minutes; if so, raise the limit (--max-file-mb, --max-text-mb) and ingest it again"),
        new(FailureReasons.Bomb, "the file is built to exhaust a reader (it expands to far more than its size, or is nested absurdly deep)",
            "do not open it; get the minutes from a trusted source"),
        new(FailureReasons.Timeout, "reading the file took longer than the time limit (very long, or a slow scan)",
            "raise the limit (--timeout SECONDS) and run: minutes ingest --retry-failed"),
        new(FailureReasons.OutOfMemory, "reading the file needed more memory than a worker may use",
            "raise the limit (--worker-memory-mb) and run: minutes ingest --retry-failed"),
        new(FailureReasons.Crashed, "the reader stopped unexpectedly on this file",
            "run: minutes ingest --retry-failed; if it fails again, report the file (the raw message is in: minutes failures --format json)"),
        new(FailureReasons.Unreadable, "the file could not be opened (permissions, moved or deleted, a disk error)",
            "check the file exists and can be read, then run: minutes ingest --retry-failed"),
        new(FailureReasons.StoreError, "the minutes were read but the database refused to store them",
            "run: minutes ingest --retry-failed; if it fails again, report the file with its raw message (minutes failures --format json)"),
    ];

    private static readonly Dictionary<string, FailureAdvice> ByReason = All.ToDictionary(a => a.Reason, StringComparer.Ordinal);

    /// <summary>The advice for a reason code; an unknown code still gets a sentence rather than nothing.</summary>
    public static FailureAdvice For(string? reason) =>
        reason != null && ByReason.TryGetValue(reason, out var advice)
            ? advice
            : new FailureAdvice(reason ?? FailureReasons.Unknown, "the file failed for a reason this version does not describe",
                "run: minutes ingest --retry-failed; the raw message is in: minutes failures --format json");
}
