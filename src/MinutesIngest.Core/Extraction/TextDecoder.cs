using System.Text;

namespace MinutesIngest.Core.Extraction;

/// <summary>Decodes plain-text bytes: BOM first, then UTF-16 without BOM, strict UTF-8, else Windows-1252.</summary>
internal static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE })) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF })) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        if (LooksUtf16(bytes, out var bigEndian))
            return (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(bytes);
        try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes); }
        catch (DecoderFallbackException) { return Encoding.GetEncoding(1252).GetString(bytes); }
    }

    // ASCII text in UTF-16 has a NUL in every other byte; sample the head rather than the whole file.
    internal static bool LooksUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        var n = Math.Min(bytes.Length, 4096) & ~1;
        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) evenNul++;
            if (bytes[i + 1] == 0) oddNul++;
        }
        bigEndian = evenNul > oddNul;
        var pairs = n / 2;
        return pairs >= 2 && Math.Max(evenNul, oddNul) > pairs * 0.4 && Math.Min(evenNul, oddNul) < pairs * 0.05;
    }
}
