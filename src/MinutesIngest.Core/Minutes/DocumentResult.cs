namespace MinutesIngest.Core.Minutes;

/// <summary>How reading one file ended, as Docling reports a conversion: read whole, read with warnings, or not read.</summary>
public enum DocumentResult
{
    /// <summary>Read whole: every page and part the file holds.</summary>
    Success,
    /// <summary>Read and stored, with warnings saying what may be missing or wrong (a page OCR could barely read, a part left out).</summary>
    PartialSuccess,
    /// <summary>Not read; the failure reason says why.</summary>
    Failure,
}
