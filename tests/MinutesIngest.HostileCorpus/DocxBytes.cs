using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace MinutesIngest.HostileCorpus;

/// <summary>DOCX packages for the hostile corpus, written part by part with System.IO.Compression.</summary>
public static class DocxBytes
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>
        """;
    private const string Rels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
        """;

    /// <summary>A valid document holding the sample minutes.</summary>
    public static byte[] Valid() => Package(Document(Body(MinutesText.Body)));

    /// <summary>A package whose main part has no body element at all.</summary>
    public static byte[] NoBody() => Package($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"></w:document>""");

    /// <summary>A main part that declares a DTD with an external entity and uses it in the text.</summary>
    public static byte[] ExternalEntity() => Package($"""
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <!DOCTYPE w:document [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY lol "lol"> ]>
        <w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&xxe; &lol;</w:t></w:r></w:p></w:body></w:document>
        """);

    /// <summary>A tiny package whose main part inflates to <paramref name="inflatedBytes"/> (zeros streamed in, never held).</summary>
    /// <param name="declareSmall">Patch the zip headers so the part claims a few kilobytes: only an actual count catches it.</param>
    public static byte[] Bomb(long inflatedBytes, bool declareSmall)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddText(zip, "[Content_Types].xml", ContentTypes);
            AddText(zip, "_rels/.rels", Rels);
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            part.Write(Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>"));
            var zeros = new byte[1 << 20];
            for (long left = inflatedBytes; left > 0; left -= zeros.Length) part.Write(zeros, 0, (int)Math.Min(zeros.Length, left));
        }
        var bytes = stream.ToArray();
        if (declareSmall) DeclareSize(bytes, "word/document.xml", 4096);
        return bytes;
    }

    /// <summary>The sample minutes as a list whose numbering starts near int.MaxValue in capital letters (once an 82-million-letter label per item).</summary>
    public static byte[] HugeListStart()
    {
        const string numbering = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="2147483000"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>
            """;
        var body = string.Concat(MinutesText.Body.Split('\n').Select(line =>
            $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(line)}</w:t></w:r></w:p>"));
        return Package(Document(body), [("word/numbering.xml", numbering)],
            [("http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering", "numbering.xml")]);
    }

    /// <summary>A valid document whose relationships still name a theme, app properties and a footer the package lacks (Word opens it).</summary>
    public static byte[] MissingParts() => Package(Document(Body(MinutesText.Body)), [],
        [
            ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme", "theme/theme1.xml"),
            ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer", "footer1.xml"),
        ],
        [("http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml")]);

    /// <summary>The sample minutes followed by a table of <paramref name="rows"/> × <paramref name="cells"/> cells of varied words
    /// (varied, so the part compresses like a real table and passes the bomb checks).</summary>
    public static byte[] ManyCells(int rows, int cells)
    {
        var random = new Random(16);
        var table = new StringBuilder("<w:tbl>");
        for (var r = 0; r < rows; r++)
        {
            table.Append("<w:tr>");
            for (var c = 0; c < cells; c++)
                table.Append("<w:tc><w:p><w:r><w:t>").Append(new string(Enumerable.Range(0, 6).Select(_ => (char)('a' + random.Next(26))).ToArray())).Append("</w:t></w:r></w:p></w:tc>");
            table.Append("</w:tr>");
        }
        return Package(Document(Body(MinutesText.Body) + table.Append("</w:tbl>")));
    }

    /// <summary>The first <paramref name="fraction"/> of a valid package: the zip directory at the end is gone.</summary>
    public static byte[] Truncated(double fraction)
    {
        var valid = Valid();
        return valid[..(int)(valid.Length * fraction)];
    }

    private static string Body(string text) =>
        string.Concat(text.Split('\n').Select(line => $"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(line)}</w:t></w:r></w:p>"));

    private static string Document(string body) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>""";

    private static byte[] Package(string documentXml) => Package(documentXml, [], [], []);

    // Relationships of the main part (targets relative to word/) and of the package (targets from the root).
    private static byte[] Package(string documentXml, (string Name, string Xml)[] parts, (string Type, string Target)[] documentRelationships,
        (string Type, string Target)[]? packageRelationships = null)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddText(zip, "[Content_Types].xml", ContentTypes);
            AddText(zip, "_rels/.rels", packageRelationships is { Length: > 0 } extra ? Rels.Replace("</Relationships>", Relationships(extra, 100) + "</Relationships>") : Rels);
            AddText(zip, "word/document.xml", documentXml);
            if (documentRelationships.Length > 0)
                AddText(zip, "word/_rels/document.xml.rels",
                    $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{Relationships(documentRelationships, 1)}</Relationships>""");
            foreach (var (name, xml) in parts) AddText(zip, name, xml);
        }
        return stream.ToArray();
    }

    private static string Relationships((string Type, string Target)[] relationships, int firstId) =>
        string.Concat(relationships.Select((r, i) => $"<Relationship Id=\"rId{firstId + i}\" Type=\"{r.Type}\" Target=\"{r.Target}\"/>"));

    private static void AddText(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    // Rewrites the uncompressed size in the entry's local header and central directory record.
    private static void DeclareSize(byte[] zip, string entryName, uint size)
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
