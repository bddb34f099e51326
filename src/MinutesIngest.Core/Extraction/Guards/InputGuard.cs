namespace MinutesIngest.Core.Extraction.Guards;

/// <summary>The checks every file passes before a parser runs: size cap for its kind, then the kind's own structural checks.</summary>
public static class InputGuard
{
    /// <summary>Throws <see cref="ExtractionException"/> with a <see cref="FailureReasons"/> code when the file must not be parsed.</summary>
    public static void Check(byte[] content, FileKind kind, InputLimits limits)
    {
        var cap = limits.MaxBytesFor(kind);
        if (content.LongLength > cap)
            throw new ExtractionException(FailureReasons.TooLarge, $"{content.LongLength:N0} bytes is over the {cap:N0}-byte limit for {kind} files");
        if (kind == FileKind.Docx) DocxPackageInspector.Inspect(content, limits);
    }
}
