using System.Text;
using MinutesIngest.Core.Extraction.Html;
using static MinutesIngest.Core.Tests.Extraction.Html.HtmlExtraction;

namespace MinutesIngest.Core.Tests.Extraction.Html;

public class HtmlEncodingTests
{
    private static byte[] Bytes(params object[] parts) =>
        parts.SelectMany(p => p switch { string s => Encoding.ASCII.GetBytes(s), byte[] b => b, byte b => [b], _ => throw new ArgumentException() }).ToArray();

    public static IEnumerable<object[]> Cases() =>
    [
        // windows-1252 bytes, no declaration: strict UTF-8 fails, so windows-1252 (smart quotes, euro sign).
        ["undeclared-1252", Bytes("<p>caf", (byte)0xE9, " ", (byte)0x93, "quoted", (byte)0x94, " ", (byte)0x80, "5</p>"), "café “quoted” €5"],
        // iso-8859-1 label is read as windows-1252, so 0x93/0x94 are quotes rather than control characters.
        ["declared-latin1", Bytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>", (byte)0x93, "Hi", (byte)0x94, " ", (byte)0xA3, "5</p></body></html>"), "“Hi” £5"],
        ["declared-1251", Bytes("<meta charset=windows-1251><p>", new byte[] { 0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2 }, "</p>"), "Привет"],
        ["undeclared-utf8", Encoding.UTF8.GetBytes("<p>Zoë – £5</p>"), "Zoë – £5"],
        ["utf8-bom-beats-meta", Bytes(new byte[] { 0xEF, 0xBB, 0xBF }, Encoding.UTF8.GetBytes("<meta charset=iso-8859-1><p>Zoë</p>")), "Zoë"],
        ["utf16le-bom", Bytes(Encoding.Unicode.GetPreamble(), Encoding.Unicode.GetBytes("<html><body><p>Zoë – €5</p></body></html>")), "Zoë – €5"],
        ["utf16be-bom", Bytes(Encoding.BigEndianUnicode.GetPreamble(), Encoding.BigEndianUnicode.GetBytes("<p>Ærø ✓</p>")), "Ærø ✓"],
        // A label no browser knows is ignored, so the bytes decide; utf-7 is refused by the HTML standard.
        ["unknown-label-utf7", Encoding.UTF8.GetBytes("<meta charset=\"utf-8\"><meta charset=\"utf-7\"><p>Zoë +AKM-5</p>"), "Zoë +AKM-5"],
        ["only-label-utf7", Encoding.UTF8.GetBytes("<meta charset=\"utf-7\"><p>Zoë +AKM-5</p>"), "Zoë +AKM-5"],
        ["unknown-label-ebcdic", Encoding.UTF8.GetBytes("<meta charset=\"ibm037\"><p>Zoë</p>"), "Zoë"],
        // Two labels that disagree: neither can be trusted, the bytes decide (here valid UTF-8).
        ["conflicting-labels", Bytes("<meta charset=\"windows-1251\"><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><p>", Encoding.UTF8.GetBytes("Zoë"), "</p>"), "Zoë"],
        ["xml-declaration", Bytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html><body><p>caf", (byte)0xE9, "</p></body></html>"), "café"],
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decodes_text_as_a_browser_would(string name, byte[] bytes, string expected)
    {
        var doc = Extract(bytes);
        Assert.True(AllText(doc) == expected, $"{name}: got '{AllText(doc)}'");
    }

    [Theory]
    [InlineData("iso-8859-1", 1252)]
    [InlineData("Latin1", 1252)]
    [InlineData("US-ASCII", 1252)]
    [InlineData("utf-8", 65001)]
    [InlineData("utf-16", 65001)]
    [InlineData("windows-1250", 1250)]
    [InlineData("shift_jis", 932)]
    public void Charset_labels_map_like_browsers(string label, int codePage) =>
        Assert.Equal(codePage, HtmlEncodingDetector.ByLabel(label)!.CodePage);

    [Theory]
    [InlineData("x-no-such-charset")]
    [InlineData("utf-7")]
    [InlineData("utf-32")]
    [InlineData("ibm037")]
    public void Unknown_label_falls_back_to_sniffing(string label) =>
        Assert.Null(HtmlEncodingDetector.ByLabel(label));
}
