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
        foreach (var file in ExpandInputs(files))
        {
            MinutesRecord record;
            SourceDocument document;
            try
            {
                document = extractor.ReadDocument(file);
                record = parser.Parse(document);
            }
            catch (ExtractionException e)
            {
                Console.Error.WriteLine($"error: {file}: {e.Reason}: {e.Message}");
                failures++;
                continue;
            }
            if (outDir != null)
            {
                var target = Path.Combine(outDir, Path.GetFileNameWithoutExtension(file) + ".json");
                File.WriteAllText(target, MinutesJson.Serialize(record) + "\n");
                if (!json) Console.Out.WriteLine($"{file} -> {target}");
            }
            if (json) Console.Out.WriteLine(MinutesJson.Serialize(record));
            else if (outDir == null) SummaryRenderer.Write(Console.Out, file, record, OcrProperties.PageConfidences(document));
        }
        return failures == 0 ? 0 : 1;
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
