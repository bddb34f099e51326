using System.Text;

namespace MinutesIngest.HostileCorpus;

/// <summary>Writes the hostile corpus into a folder: broken, disguised and malicious files, each with the status it must end in.</summary>
/// <remarks>About 3 MB on disk plus the 50 MB text file; the zip bomb is streamed (its 1 GB part never exists in memory).</remarks>
public static class HostileCorpusWriter
{
    /// <summary>Name of the manifest written beside the files (hidden, so an ingest of the folder leaves it out).</summary>
    public const string ManifestName = ".expected.tsv";

    /// <summary>Size of the zip bomb's part once inflated.</summary>
    public const long BombBytes = 1100L * 1024 * 1024;

    /// <summary>Size of the single-line text file.</summary>
    public const int LongLineBytes = 50 * 1024 * 1024;

    private static readonly (HostileFile File, Func<byte[]> Bytes)[] Files =
    [
        (new("empty.txt", "empty file", "failed", "empty"), () => []),
        (new("random.pdf", "random bytes named .pdf", "failed", "unsupported"), () => Random(1, 64 * 1024)),
        (new("random.docx", "random bytes named .docx", "failed", "unsupported"), () => Random(2, 64 * 1024)),
        (new("random.html", "random bytes named .html", "failed", "unsupported"), () => Random(3, 64 * 1024)),
        (new("truncated.pdf", "PDF cut in half", "failed", "corrupt"), () => Half(PdfBytes.Valid())),
        (new("truncated.docx", "DOCX cut in half", "failed", "corrupt"), () => DocxBytes.Truncated(0.5)),
        (new("zip-bomb.docx", "DOCX part inflating to 1.1 GB", "failed", "bomb"), () => DocxBytes.Bomb(BombBytes, declareSmall: false)),
        (new("zip-bomb-lying.docx", "DOCX part inflating to 1.1 GB while declaring 4 KB", "failed", "bomb"), () => DocxBytes.Bomb(BombBytes, declareSmall: true)),
        (new("external-entity.docx", "DOCX with a DTD and an external entity", "failed", "corrupt"), DocxBytes.ExternalEntity),
        (new("encrypted.pdf", "PDF with a user password", "failed", "encrypted"), PdfBytes.Encrypted),
        (new("cyclic.pdf", "PDF whose page tree and resources refer to themselves", "failed", "corrupt"), PdfBytes.Cyclic),
        (new("unbounded-stream.pdf", "PDF stream with a 2 GB length and no end", "failed", "corrupt"), PdfBytes.UnboundedStream),
        (new("nested.html", "HTML nested 100,000 levels", "failed", "bomb"), () => Nested(100_000)),
        (new("long-line.txt", "50 MB on one line", "failed", "too_large"), () => LongLine(LongLineBytes)),
        (new("windows-1252.txt", "Windows-1252 text without declaration", "stored", null), () => CodePage1252(MinutesText.Body)),
        (new("utf-16.txt", "UTF-16 text without BOM", "stored", null), () => Encoding.Unicode.GetBytes(MinutesText.Body)),
        (new("zero-pages.pdf", "PDF with an empty page tree", "failed", "no_text"), PdfBytes.ZeroPages),
        (new("no-body.docx", "DOCX whose document has no body", "failed", "corrupt"), DocxBytes.NoBody),
        // Found by this corpus: numbered-looking text on one long line once made the rule parser run for minutes;
        // the parser now cuts over-long lines and must store it well inside the time limit.
        // Issue 16, one file per finding: each once failed, crashed a command or could not be stored.
        (new("huge-list-start.docx", "Word list numbered from 2,147,483,000 in letters (once 82-million-letter labels)", "stored", null), DocxBytes.HugeListStart),
        (new(DeepPath, "path of twelve 240-character folders, over a b-tree entry", "stored", null), () => Encoding.UTF8.GetBytes(MinutesText.Body)),
        (new("long-title.txt", "3 KB title of varied words, over a b-tree entry", "stored", null), () => Encoding.UTF8.GetBytes(LongTitle() + "\n\n" + MinutesText.Body)),
        (new("highlight-markers.txt", "search-match markers U+E000/U+E001 and control characters in the text", "stored", null),
            () => Encoding.UTF8.GetBytes(MinutesText.Body.Replace("FINANCE", "\uE000FINANCE\uE001").Replace("stile", "st\u0007ile\u001B"))),
        (new("stray-closing-tags.html", "</body></html> straight after <body>, the minutes after them", "stored", null),
            () => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Minutes</title></head><body></body></html>" + Paragraphs(MinutesText.Body))),
        (new("utf7-charset.html", "a second meta charset naming utf-7", "stored", null),
            () => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta charset=\"utf-7\"></head><body>" + Paragraphs(MinutesText.Body) + "</body></html>")),
        (new("missing-parts.docx", "DOCX whose relationships name a theme, app properties and footer it lacks", "stored", null), DocxBytes.MissingParts),
        (new("many-cells.docx", "DOCX table of 1,000 × 60 cells after the minutes", "stored", null), () => DocxBytes.ManyCells(1_000, 60)),
        // Found by scripts/fuzz: every row of a text table was padded to its widest, so one line of thousands of tabs made millions of cells.
        (new("wide-tab-row.txt", "800 tab-separated rows and one row of 20,000 cells", "stored", null),
            () => Encoding.UTF8.GetBytes(MinutesText.Body + "\n\n" + string.Concat(Enumerable.Range(0, 800).Select(i => $"Name {i}\tRole\n")) + string.Join('\t', Enumerable.Range(0, 20_000)) + "\n")),
        (new("over-text-cap.txt", "text just over the text cap a worker can parse", "failed", "too_large"), () => Repeated(MinutesText.Body + "\n", (int)DefaultTextCap + 1)),
        (new("endless-items.txt", "400 KB line of '1. item' (once a parser hang)", "stored", null), () => Repeated("minutes of the meeting 1. item ", 400 * 1024)),
    ];

    /// <summary>The default cap on text and HTML files (InputLimits.MaxTextBytes), which over-text-cap.txt exceeds by one byte.</summary>
    public const long DefaultTextCap = 4L * 1024 * 1024;

    // Twelve folders of 240 characters: a path of about 2,900 bytes, legal on Linux.
    private static string DeepPath => string.Join('/', Enumerable.Range(0, 12).Select(Folder)) + "/deep-path.txt";

    private static string Folder(int seed)
    {
        var random = new Random(seed);
        return new string(Enumerable.Range(0, 240).Select(_ => (char)('a' + random.Next(26))).ToArray());
    }

    private static string LongTitle()
    {
        var random = new Random(16);
        // Fifteen long words: a heading of at most twenty words is still read as the title.
        var sb = new StringBuilder("Minutes of the ");
        for (var word = 0; word < 15; word++) sb.Append(new string(Enumerable.Range(0, 200).Select(_ => (char)('a' + random.Next(26))).ToArray())).Append(' ');
        return sb.ToString().TrimEnd();
    }

    private static string Paragraphs(string text) =>
        string.Concat(text.Split('\n').Where(l => l.Trim().Length > 0).Select(l => $"<p>{System.Security.SecurityElement.Escape(l.Trim())}</p>"));

    /// <summary>Every file of the corpus with its expected status, without writing anything.</summary>
    public static IReadOnlyList<HostileFile> Manifest { get; } = Files.Select(f => f.File).ToList();

    /// <summary>Writes the files (and the manifest) into <paramref name="folder"/>.</summary>
    public static IReadOnlyList<HostileFile> Write(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (file, bytes) in Files)
        {
            var path = Path.Combine(folder, file.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes());
        }
        File.WriteAllLines(Path.Combine(folder, ManifestName), Manifest.Select(f => $"{f.Name}\t{f.Status}\t{f.Reason ?? "-"}\t{f.Kind}"));
        return Manifest;
    }

    /// <summary>The bytes of one file of the corpus, by name.</summary>
    public static byte[] Bytes(string name) => Files.Single(f => f.File.Name == name).Bytes();

    private static byte[] Random(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        // Never a recognised signature by accident.
        bytes[0] = 0x00;
        return bytes;
    }

    private static byte[] Half(byte[] bytes) => bytes[..(bytes.Length / 2)];

    private static byte[] Nested(int depth)
    {
        var sb = new StringBuilder("<!DOCTYPE html><html><body>", depth * 11 + 64);
        for (var i = 0; i < depth; i++) sb.Append("<div>");
        sb.Append("deep");
        for (var i = 0; i < depth; i++) sb.Append("</div>");
        sb.Append("</body></html>");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    private static byte[] Repeated(string text, int length) => Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(text, length / text.Length + 1))[..length]);

    private static byte[] LongLine(int length)
    {
        var bytes = new byte[length];
        var word = "minutes "u8;
        for (var i = 0; i < length; i++) bytes[i] = word[i % word.Length];
        return bytes;
    }

    private static byte[] CodePage1252(string text)
    {
        // Latin-1 matches Windows-1252 for every character the sample uses (é ë ü £), with no provider needed.
        return Encoding.Latin1.GetBytes(text);
    }
}
