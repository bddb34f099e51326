namespace MinutesIngest.Storage.Scans;

/// <summary>A long scan being read in parts: the pages it needs, which job assembles it (once decided), and why it cannot be read when it cannot.</summary>
public sealed record OcrScan(string ScanKey, string Sha256, string Path, int[] Pages, string? Assembler, string? FailureReason, string? FailureMessage, DateTime? AssembledAt);
