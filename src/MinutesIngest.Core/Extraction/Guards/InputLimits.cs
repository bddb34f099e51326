namespace MinutesIngest.Core.Extraction.Guards;

/// <summary>Caps checked before any parser runs; the defaults sit well above real minutes and far below what hurts.</summary>
public sealed record InputLimits
{
    /// <summary>Largest PDF or DOCX accepted (scanned PDFs with images are legitimately large).</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Largest text or HTML file accepted: a 16 MB page of minutes is already absurd, and text parsers scale with it.</summary>
    public long MaxTextBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Most entries in a DOCX package; Word writes a few dozen.</summary>
    public int MaxZipEntries { get; init; } = 5_000;

    /// <summary>Largest decompressed size of one package part.</summary>
    public long MaxZipEntryBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Largest decompressed size of the whole package.</summary>
    public long MaxZipTotalBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Highest decompressed/compressed ratio of a part over <see cref="RatioCheckedFromBytes"/>; Word XML compresses 5–20×, zeros ~1000×.</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Parts smaller than this are not ratio-checked: a tiny part can compress very well and hurts no one.</summary>
    public long RatioCheckedFromBytes { get; init; } = 1024 * 1024;

    /// <summary>The size cap that applies to a file of this kind.</summary>
    public long MaxBytesFor(FileKind kind) => kind is FileKind.Text or FileKind.Html ? Math.Min(MaxTextBytes, MaxFileBytes) : MaxFileBytes;
}
