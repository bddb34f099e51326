namespace MinutesIngest.Storage.Scans;

/// <summary>A long scan being read in parts: the pages it needs, which job assembles it (once decided), and why it cannot be read when it cannot.</summary>
/// <remarks>Properties, not a positional record: the database hands the page array over as an untyped array that only a property setter converts.</remarks>
public sealed record OcrScan
{
    public string ScanKey { get; init; } = "";
    public string Sha256 { get; init; } = "";
    public string Path { get; init; } = "";
    /// <summary>The 1-based pages extraction reads by OCR.</summary>
    public int[] Pages { get; init; } = [];
    /// <summary>The job that completed the last page or recorded the failure; null until one did.</summary>
    public string? Assembler { get; init; }
    public string? FailureReason { get; init; }
    public string? FailureMessage { get; init; }
    public DateTime? AssembledAt { get; init; }
}
