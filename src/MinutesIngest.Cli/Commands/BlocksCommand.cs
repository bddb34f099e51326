using System.CommandLine;
using MinutesIngest.Core;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes blocks FILE…</c>: prints the block model an extractor produced, for diagnosing extraction.</summary>
internal static class BlocksCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "documents to read" };
        var cmd = new Command("blocks", "Print the document model (headings, paragraphs, lists, tables) of each file") { files };
        var extraction = new ExtractionOptions();
        extraction.AddReadingTo(cmd);
        cmd.SetAction(parse =>
        {
            var extractor = extraction.Pipeline(parse);
            var exit = 0;
            foreach (var f in parse.GetValue(files)!)
            {
                try { Console.Out.Write(DocumentDump.Render(extractor.ReadDocument(f))); }
                catch (ExtractionException e) { Console.Error.WriteLine($"error: {f}: {e.Reason}: {e.Message}"); exit = 1; }
            }
            return exit;
        });
        return cmd;
    }
}
