using System.CommandLine;
using MinutesIngest.Cli.Rendering;
using MinutesIngest.Core;
using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction;
using MinutesIngest.Core.Extraction.Ocr;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes extract FILE…</c>: a readable summary per file, or the contract JSON.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "minutes documents (txt, md, html, docx, pdf, scanned pdf, png/jpeg/tiff)" };
        var json = new Option<bool>("--json") { Description = "print the contract JSON instead of the summary" };
        var outDir = new Option<string?>("--out") { Description = "write NAME.json per file into this folder" };
        var noSuggestions = new Option<bool>("--no-suggestions") { Description = "skip the suggested-action classifier (no suggested_actions key)" };
        var cmd = new Command("extract", "Extract meeting, attendance, items and actions from minutes") { files, json, outDir, noSuggestions };
        cmd.SetAction(parse => Run(parse.GetValue(files)!, parse.GetValue(json), parse.GetValue(outDir), !parse.GetValue(noSuggestions)));
        return cmd;
    }

    internal static int Run(IEnumerable<string> files, bool json, string? outDir, bool suggestions = true)
    {
        var extractor = new MinutesExtractor();
        var parser = new MinutesParser(suggestions ? Suggestions.Classifier : null);
        var failures = 0;
        if (outDir != null) Directory.CreateDirectory(outDir);
        // Several documents are read at once, so that the OCR pages of short scans keep every core busy (one
        // document's pages cannot); results are still written in input order. Each read waits on OCR processes
        // most of its time, so it gets a thread of its own rather than one of the pool's.
        var inFlight = new Queue<(string File, Task<(SourceDocument Document, MinutesRecord Record)> Work)>();
        foreach (var file in ExpandInputs(files))
        {
            inFlight.Enqueue((file, Task.Factory.StartNew(() => Read(extractor, parser, file), CancellationToken.None,
                TaskCreationOptions.LongRunning, TaskScheduler.Default)));
            if (inFlight.Count >= DocumentsInFlight) failures += Write(inFlight.Dequeue(), json, outDir);
        }
        while (inFlight.Count > 0) failures += Write(inFlight.Dequeue(), json, outDir);
        return failures == 0 ? 0 : 1;
    }

    // Enough documents ahead that a long one at the head of the queue does not leave cores idle.
    private static int DocumentsInFlight => 2 * Environment.ProcessorCount;

    private static (SourceDocument Document, MinutesRecord Record) Read(MinutesExtractor extractor, MinutesParser parser, string file)
    {
        var document = extractor.ReadDocument(file);
        return (document, parser.Parse(document));
    }

    // Writes one finished document; 1 when it failed, else 0.
    private static int Write((string File, Task<(SourceDocument Document, MinutesRecord Record)> Work) done, bool json, string? outDir)
    {
        var file = done.File;
        SourceDocument document;
        MinutesRecord record;
        try
        {
            (document, record) = done.Work.GetAwaiter().GetResult();
        }
        catch (ExtractionException e)
        {
            Console.Error.WriteLine($"error: {file}: {e.Reason}: {e.Message}");
            return 1;
        }
        if (outDir != null)
        {
            var target = Path.Combine(outDir, Path.GetFileNameWithoutExtension(file) + ".json");
            File.WriteAllText(target, MinutesJson.Serialize(record) + "\n");
            if (!json) Console.Out.WriteLine($"{file} -> {target}");
        }
        if (json) Console.Out.WriteLine(MinutesJson.Serialize(record));
        else if (outDir == null) SummaryRenderer.Write(Console.Out, file, record, OcrProperties.PageConfidences(document));
        return 0;
    }

    private static IEnumerable<string> ExpandInputs(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var f in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    if (!f.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) yield return f;
            }
            else yield return input;
        }
    }
}
