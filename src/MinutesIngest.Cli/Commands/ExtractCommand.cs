using System.CommandLine;
using MinutesIngest.Cli.Rendering;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Web.Exports;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes extract FILE…</c>: a readable summary per file, or the contract JSON.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "minutes documents (txt, md, html, docx, pdf, scanned pdf, png/jpeg/tiff)" };
        var json = new Option<bool>("--json") { Description = "print the contract JSON instead of the summary (same as --format json)" };
        // csv: one file for every input and table (file, section, row, field, value); md: the summary's tables in Markdown.
        var format = QueryOptions.Format("table", "json", "csv", "md");
        var outDir = new Option<string?>("--out") { Description = "write NAME.json per file into this folder" };
        var noSuggestions = new Option<bool>("--no-suggestions") { Description = "skip the suggested-action classifier (no suggested_actions key)" };
        var extraction = new ExtractionOptions();
        var cmd = new Command("extract", "Extract meeting, attendance, items and actions from minutes") { files, json, format, outDir, noSuggestions };
        extraction.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            // Documents are read in workers under ingest's limits; several at once, so the OCR pages of short scans keep
            // every core busy; results are still written in input order.
            var extractor = extraction.Create(parse, Environment.ProcessorCount, suggestions: !parse.GetValue(noSuggestions));
            var chosen = parse.GetValue(json) ? "json" : parse.GetValue(format) ?? "table";
            try { return Run(parse.GetValue(files)!, chosen, parse.GetValue(outDir), extractor, extraction.Limits(parse)); }
            finally { (extractor as IDisposable)?.Dispose(); }
        });
        return cmd;
    }

    private static int Run(IEnumerable<string> files, string format, string? outDir, IMinutesFileExtractor extractor, Core.Extraction.Guards.InputLimits limits)
    {
        var failures = 0;
        var cells = new List<ExtractTables.Cell>();
        if (outDir != null) Directory.CreateDirectory(outDir);
        OrderedExtraction.RunAsync(extractor, ExpandInputs(files), DocumentsInFlight, limits, (file, outcome) =>
        {
            failures += Write(file, outcome, format, outDir);
            if (format == "csv" && outcome.Record is { } record) cells.AddRange(ExtractTables.Cells(file, record));
        }).GetAwaiter().GetResult();
        // One header for every file, so the output is one table.
        if (format == "csv") CsvOutput.Write(Console.Out, ExtractTables.CsvColumns, cells);
        return failures == 0 ? 0 : 1;
    }

    // Enough documents ahead that a long one at the head of the queue does not leave cores idle.
    private static int DocumentsInFlight => 2 * Environment.ProcessorCount;

    // Writes one finished document; 1 when it failed, else 0.
    private static int Write(string file, ExtractionOutcome outcome, string format, string? outDir)
    {
        foreach (var warning in outcome.Warnings) Console.Error.WriteLine($"warning: {file}: {warning}");
        if (outcome.Record is not { } record)
        {
            Console.Error.WriteLine($"error: {file}: {outcome.FailureReason}: {outcome.FailureMessage}");
            return 1;
        }
        if (outDir != null)
        {
            var target = Path.Combine(outDir, Path.GetFileNameWithoutExtension(file) + ".json");
            File.WriteAllText(target, MinutesJson.Serialize(record) + "\n");
            if (format == "table") Console.Out.WriteLine($"{file} -> {target}");
        }
        if (format == "json") Console.Out.WriteLine(MinutesJson.Serialize(record));
        else if (format == "md") ExtractTables.WriteMarkdown(Console.Out, file, record);
        else if (format == "table" && outDir == null) SummaryRenderer.Write(Console.Out, file, record, outcome.OcrPageConfidence);
        return 0;
    }

    /// <summary>The files named, folders expanded recursively (JSON files left out: they are gold or predictions).</summary>
    internal static IEnumerable<string> ExpandInputs(IEnumerable<string> inputs)
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
