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

    private static Encoding? Declared(ReadOnlySpan<byte> head)
    {
        // Latin-1 maps every byte to one char, so ASCII markup is readable whatever the real encoding.
        var text = Encoding.Latin1.GetString(head);
        var match = MetaCharset().Match(text);
        if (!match.Success) match = XmlEncoding().Match(text);
        return match.Success ? ByLabel(match.Groups[1].Value) : null;
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
        }
        try { return Encoding.GetEncoding(name); }
        catch (ArgumentException) { return null; }
    }

    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"^\s*<\?xml\b[^>]*?\bencoding\s*=\s*[""']([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex XmlEncoding();
}
