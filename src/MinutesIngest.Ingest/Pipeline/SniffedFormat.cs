using MinutesIngest.Core.Extraction;

namespace MinutesIngest.Ingest.Pipeline;

/// <summary>The format name a failed file is recorded with, from its magic bytes alone (no parsing).</summary>
public static class SniffedFormat
{
    public static string Of(byte[] content, string path) => FileKindSniffer.Sniff(content, Path.GetFileName(path)) switch
    {
        FileKind.Text => "txt",
        FileKind.Html => "html",
        FileKind.Docx => "docx",
        FileKind.Pdf => "pdf",
        FileKind.Image => "pdf-ocr",
        var other => other.ToString().ToLowerInvariant(),
    };
}
