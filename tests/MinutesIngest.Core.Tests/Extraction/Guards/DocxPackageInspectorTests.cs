using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using MinutesIngest.Core.Extraction;
using MinutesIngest.Core.Extraction.Guards;

namespace MinutesIngest.Core.Tests.Extraction.Guards;

/// <summary>The DOCX checks that run before the Open XML SDK: directory, sizes, ratio, actual inflation, DTDs.</summary>
public sealed class DocxPackageInspectorTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly InputLimits Limits = new();

    [Fact]
    public void A_real_document_passes()
    {
        var docx = Package(("word/document.xml", Encoding.UTF8.GetBytes(Document("Minutes of the meeting"))));

        InputGuard.Check(docx, FileKind.Docx, Limits);
    }

    [Fact]
    public void A_part_declaring_more_than_the_part_cap_is_a_bomb()
    {
        var limits = Limits with { MaxZipEntryBytes = 1024 * 1024 };
        var docx = Package(("word/document.xml", new byte[2 * 1024 * 1024]));

        Assert.Equal("bomb", Reason(() => DocxPackageInspector.Inspect(docx, limits)));
    }

    [Fact]
    public void A_part_compressing_a_thousand_to_one_is_a_bomb_even_under_the_size_caps()
    {
        var docx = Package(("word/document.xml", new byte[4 * 1024 * 1024]));

        var e = Assert.Throws<ExtractionException>(() => DocxPackageInspector.Inspect(docx, Limits));

        Assert.Equal("bomb", e.Reason);
        Assert.Contains("compresses", e.Message);
    }

    [Fact]
    public void A_directory_that_understates_a_part_is_a_bomb()
    {
        var docx = Package(("word/document.xml", RandomBytes(256 * 1024)));
        DeclareUncompressedSize(docx, "word/document.xml", 100);

        Assert.Equal("bomb", Reason(() => DocxPackageInspector.Inspect(docx, Limits)));
    }

    [Fact]
    public void Too_many_entries_is_a_bomb()
    {
        var docx = Package(Enumerable.Range(0, 60).Select(i => ($"word/media/p{i}.xml", "<x/>"u8.ToArray())).ToArray());

        Assert.Equal("bomb", Reason(() => DocxPackageInspector.Inspect(docx, Limits with { MaxZipEntries = 50 })));
    }

    [Fact]
    public void A_dtd_in_a_part_is_refused_before_the_sdk_sees_it()
    {
        var xml = $"""<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>""";
        var docx = Package(("word/document.xml", Encoding.UTF8.GetBytes(xml)));

        var e = Assert.Throws<ExtractionException>(() => DocxPackageInspector.Inspect(docx, Limits));

        Assert.Equal("corrupt", e.Reason);
        Assert.Contains("DTD", e.Message);
    }

    [Fact]
    public void A_dtd_hidden_past_the_scanned_head_is_still_never_processed()
    {
        // The inspector scans the first 4 KB; the SDK's own reader prohibits DTDs, so the entity is never expanded.
        var xml = $"""<?xml version="1.0"?><!--{new string('x', 8000)}--><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>""";
        var docx = Package(("word/document.xml", Encoding.UTF8.GetBytes(xml)));

        var e = Assert.Throws<ExtractionException>(() => MinutesExtractor.For(new ExtractionSettings()).ReadDocument(docx, "hidden-dtd.docx"));

        Assert.Equal("corrupt", e.Reason);
        Assert.DoesNotContain("root:", e.Message);
    }

    [Fact]
    public void A_text_file_over_the_text_cap_is_too_large_while_a_pdf_of_that_size_is_not()
    {
        var limits = Limits with { MaxTextBytes = 1000 };
        var bytes = new byte[2000];

        Assert.Equal("too_large", Reason(() => InputGuard.Check(bytes, FileKind.Text, limits)));
        InputGuard.Check(bytes, FileKind.Pdf, limits);
    }

    private static string Reason(Action action) => Assert.Throws<ExtractionException>(action).Reason;

    private static string Document(string text) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>""";

    private static byte[] Package(params (string Name, byte[] Content)[] parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""u8.ToArray());
            Add(zip, "_rels/.rels", """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""u8.ToArray());
            foreach (var (name, content) in parts) Add(zip, name, content);
        }
        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    private static void DeclareUncompressedSize(byte[] zip, string entryName, uint size)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            if (zip.AsSpan(i, 4).SequenceEqual("PK\x03\x04"u8) && zip.AsSpan(i + 30).StartsWith(name))
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 22), size);
            else if (zip.AsSpan(i, 4).SequenceEqual("PK\x01\x02"u8) && zip.AsSpan(i + 46).StartsWith(name))
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), size);
        }
    }
}
