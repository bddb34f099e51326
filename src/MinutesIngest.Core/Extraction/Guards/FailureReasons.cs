namespace MinutesIngest.Core.Extraction.Guards;

/// <summary>The stable codes a file's failure is recorded with, in the database and in run summaries.</summary>
public static class FailureReasons
{
    /// <summary>The bytes are not a readable file of the kind they claim to be (truncated, damaged, random).</summary>
    public const string Corrupt = "corrupt";
    /// <summary>The file needs a password (a PDF's standard security handler with a non-empty user password).</summary>
    public const string Encrypted = "encrypted";
    /// <summary>A kind the tool does not read (legacy .doc, images, a zip that is not a Word document, binary).</summary>
    public const string Unsupported = "unsupported";
    /// <summary>Over the size cap for its kind; refused before any parser saw it.</summary>
    public const string TooLarge = "too_large";
    /// <summary>Built to exhaust a parser: a zip part that decompresses far past its size, or markup nested absurdly deep.</summary>
    public const string Bomb = "bomb";
    /// <summary>The worker passed the wall-clock limit for one document and was killed.</summary>
    public const string Timeout = "timeout";
    /// <summary>The worker died while extracting (stack overflow, native fault) or a parser threw something unexpected.</summary>
    public const string Crashed = "crashed";
    /// <summary>The worker hit its memory cap.</summary>
    public const string OutOfMemory = "out_of_memory";
    /// <summary>The file was read but holds no text to parse (blank pages, a scan, an empty body).</summary>
    public const string NoText = "no_text";
    /// <summary>The file has no bytes.</summary>
    public const string Empty = "empty";
    /// <summary>A page needs OCR but Tesseract, its language data or pdftoppm cannot be run.</summary>
    public const string OcrUnavailable = "ocr_unavailable";
    /// <summary>Tesseract or pdftoppm took longer than the per-page limit.</summary>
    public const string OcrTimeout = "ocr_timeout";
    /// <summary>Tesseract or pdftoppm ran but exited with an error.</summary>
    public const string OcrFailed = "ocr_failed";
    /// <summary>The file could not be opened or read (permissions, vanished, an I/O error).</summary>
    public const string Unreadable = "unreadable";
    /// <summary>The document was extracted but the database refused its rows.</summary>
    public const string StoreError = "store_error";
    /// <summary>A failure recorded without a reason (should not happen; kept so every failed row has a code).</summary>
    public const string Unknown = "unknown";
}
