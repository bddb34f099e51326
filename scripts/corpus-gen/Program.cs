using CorpusGen;

// Usage: CorpusGen docx|pdf SOURCE OUTPUT
if (args.Length != 3 || (args[0] != "docx" && args[0] != "pdf"))
{
    Console.Error.WriteLine("usage: CorpusGen docx|pdf SOURCE OUTPUT");
    return 2;
}

var lines = SourceLine.ReadAll(args[1]);
byte[] bytes = args[0] == "docx" ? DocxRenderer.Render(lines) : PdfRenderer.Render(lines);
File.WriteAllBytes(args[2], bytes);
Console.WriteLine($"{args[2]}: {bytes.Length} bytes");
return 0;
