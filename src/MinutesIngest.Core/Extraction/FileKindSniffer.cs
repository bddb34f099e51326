using System.Text;
using MinutesIngest.Core.Extraction.Text;

namespace MinutesIngest.Core.Extraction;

/// <summary>Decides a file's kind from its leading bytes; the extension only breaks ties between text and HTML.</summary>
public static partial class FileKindSniffer
{
    public static FileKind Sniff(ReadOnlySpan<byte> content, string fileName)
    {
        if (content.Length == 0) return FileKind.Empty;
        if (StartsWith(content, "%PDF-"u8) || IndexOf(content[..Math.Min(content.Length, 1024)], "%PDF-"u8) >= 0) return FileKind.Pdf;
        if (StartsWith(content, "PK\x03\x04"u8))
            return IndexOf(content, "word/"u8) >= 0 || IndexOf(content, "[Content_Types].xml"u8) >= 0 ? FileKind.Docx : FileKind.Zip;
        if (StartsWith(content, [0xD0, 0xCF, 0x11, 0xE0])) return FileKind.OleCompound;
        if (StartsWith(content, [0x89, (byte)'P', (byte)'N', (byte)'G']) || StartsWith(content, [0xFF, 0xD8, 0xFF])
            || StartsWith(content, "II*\0"u8) || StartsWith(content, "MM\0*"u8)) return FileKind.Image;

        var head = DecodeHead(content[..Math.Min(content.Length, 4096)]);
        if (LooksBinary(head)) return FileKind.Unknown;
        var lower = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (lower.StartsWith("<!doctype html") || lower.StartsWith("<html") || lower.StartsWith("<?xml") && lower.Contains("<html")
            || (lower.StartsWith('<') && (lower.Contains("<body") || lower.Contains("<head") || lower.Contains("<div") || lower.Contains("<p>") || lower.Contains("<table"))))
            return FileKind.Html;
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if ((ext is ".html" or ".htm") && (lower.Contains("<html") || IsFrontMatterThenMarkup(lower))) return FileKind.Html;
        return FileKind.Text;
    }

    // Static-site generators (Jekyll, Hugo) store a page as YAML front matter ("---" … "---") followed by the page's HTML
    // fragment, with no <html> or <body> around it.
    private static bool IsFrontMatterThenMarkup(string lower)
    {
        if (!lower.StartsWith("---")) return false;
        var close = lower.IndexOf("\n---", 3, StringComparison.Ordinal);
        return close > 0 && MarkupTag().IsMatch(lower[(close + 4)..]);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<(?:p|div|h[1-6]|ul|ol|dl|table|section|article|main|br|a\s)[\s>/]")]
    private static partial System.Text.RegularExpressions.Regex MarkupTag();

    private static string DecodeHead(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && (head[0] == 0xFF && head[1] == 0xFE)) return Encoding.Unicode.GetString(head[2..]);
        if (head.Length >= 2 && (head[0] == 0xFE && head[1] == 0xFF)) return Encoding.BigEndianUnicode.GetString(head[2..]);
        // UTF-16 without a BOM would otherwise look binary (a NUL in every other byte).
        if (TextDecoder.LooksUtf16(head, out var bigEndian)) return (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(head);
        return Encoding.Latin1.GetString(head);
    }

    // NUL bytes and control characters other than whitespace mean this is not text.
    private static bool LooksBinary(string head)
    {
        var bad = 0;
        foreach (var c in head) if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') bad++;
        return bad > Math.Max(1, head.Length / 100);
    }

    private static bool StartsWith(ReadOnlySpan<byte> s, ReadOnlySpan<byte> prefix) => s.StartsWith(prefix);
    private static int IndexOf(ReadOnlySpan<byte> s, ReadOnlySpan<byte> needle) => s.IndexOf(needle);
}
