using System.Text;
using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Extraction.Html;

/// <summary>Decides how an HTML file's bytes are decoded, the way a browser would.</summary>
/// <remarks>
/// HtmlAgilityPack's own detection decodes windows-1252 pages as UTF-8 even when they declare their
/// charset, so the decision is made here: byte-order mark, then a declared charset near the top of the
/// file, then strict UTF-8, else windows-1252.
/// </remarks>
internal static partial class HtmlEncodingDetector
{
    // Browsers only look for the declaration in the first bytes of the file.
    private const int DeclarationWindow = 2048;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding LenientUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    static HtmlEncodingDetector()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    /// <summary>windows-1252, which browsers use for latin-1 labels and undeclared non-UTF-8 pages.</summary>
    public static Encoding Windows1252 { get; }

    /// <summary>The page's text, decoded and without a byte-order mark.</summary>
    public static string Decode(byte[] content)
    {
        var (encoding, preamble) = Detect(content);
        var text = encoding.GetString(content, preamble, content.Length - preamble);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>The encoding to use and the length of the byte-order mark to skip.</summary>
    public static (Encoding Encoding, int PreambleLength) Detect(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (LenientUtf8, 3);
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode, 2);
        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode, 2);

        if (Declared(content[..Math.Min(content.Length, DeclarationWindow)]) is { } declared) return (declared, 0);

        try
        {
            StrictUtf8.GetCharCount(content);
            return (LenientUtf8, 0);
        }
        catch (DecoderFallbackException)
        {
            return (Windows1252, 0);
        }
    }

    // Labels a browser does not know are ignored; labels that disagree cannot all be right, so then the bytes decide.
    private static Encoding? Declared(ReadOnlySpan<byte> head)
    {
        // Latin-1 maps every byte to one char, so ASCII markup is readable whatever the real encoding.
        var text = Encoding.Latin1.GetString(head);
        var labels = MetaCharset().Matches(text).Select(m => m.Groups[1].Value).ToList();
        if (XmlEncoding().Match(text) is { Success: true } xml) labels.Add(xml.Groups[1].Value);
        var known = labels.Select(ByLabel).OfType<Encoding>().DistinctBy(e => e.CodePage).ToList();
        return known.Count == 1 ? known[0] : null;
    }

    /// <summary>The encoding a browser uses for a charset label, or null when the label is unknown.</summary>
    public static Encoding? ByLabel(string label)
    {
        var name = label.Trim().ToLowerInvariant();
        switch (name)
        {
            // The HTML standard maps these labels to windows-1252.
            case "iso-8859-1" or "iso8859-1" or "iso_8859-1" or "latin1" or "l1" or "cp819" or "ibm819"
                or "us-ascii" or "ascii" or "iso-ir-100" or "windows-1252" or "cp1252" or "x-cp1252":
                return Windows1252;
            // A meta tag cannot be read in UTF-16 without a BOM, so browsers take it as UTF-8.
            case "utf-8" or "utf8" or "unicode-1-1-utf-8" or "utf-16" or "utf-16le" or "utf-16be":
                return LenientUtf8;
            // The HTML standard forbids UTF-7 (it smuggles markup past filters) and has no UTF-32.
            case "utf-7" or "utf7" or "unicode-1-1-utf-7" or "csunicode11utf7" or "x-unicode20utf7" or "utf-32" or "utf-32le" or "utf-32be":
                return null;
        }
        Encoding encoding;
        try { encoding = Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
        catch (NotSupportedException) { return null; }
        // The declaration was read as ASCII, so an encoding that does not write ASCII as ASCII (EBCDIC, UTF-16/32)
        // cannot be the page's.
        return AsciiCompatible(encoding) ? encoding : null;
    }

    private static bool AsciiCompatible(Encoding encoding)
    {
        const string probe = "<meta charset=\"x\"> Az09";
        try { return encoding.GetBytes(probe).AsSpan().SequenceEqual(Encoding.ASCII.GetBytes(probe)); }
        catch (EncoderFallbackException) { return false; }
    }

    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"^\s*<\?xml\b[^>]*?\bencoding\s*=\s*[""']([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex XmlEncoding();
}
