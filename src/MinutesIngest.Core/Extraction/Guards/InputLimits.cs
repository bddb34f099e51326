namespace MinutesIngest.Core.Extraction.Guards;

/// <summary>Caps checked before any parser runs; the defaults sit well above real minutes and far below what hurts.</summary>
public sealed record InputLimits
{
    /// <summary>Largest PDF or DOCX accepted (scanned PDFs with images are legitimately large).</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Largest text or HTML file accepted, sized to what a 512 MB worker parses: the parsers need up to ~140 bytes per
    /// byte of text (a 9 MB file took 0.9–1.3 GB), and the largest real page seen is 43 KB.</summary>
    public long MaxTextBytes { get; init; } = 4L * 1024 * 1024;

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
