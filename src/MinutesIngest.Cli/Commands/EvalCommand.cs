using System.CommandLine;
using System.Text.Json;
using MinutesIngest.Cli.Rendering;
using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Scoring;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Web.Exports;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes eval DIR…</c>: scores extraction (or saved predictions) against the NAME.gold.json files in the folders.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var dirs = new Argument<string[]>("dirs") { Arity = ArgumentArity.OneOrMore, Description = "folders holding NAME.gold.json beside NAME.<ext> (searched recursively)" };
        var json = new Option<bool>("--json") { Description = "print the scores as JSON (same as --format json)" };
        // csv: the per-document scores, one row per document.
        var format = QueryOptions.Format("table", "json", "csv");
        var pred = new Option<string?>("--pred") { Description = "read predictions from PRED/NAME.json instead of extracting the documents" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "list every mismatch per document (missing/extra entries, wrong values)" };
        var only = new Option<string?>("--only") { Description = "score only documents whose name contains this text" };
        var extraction = new ExtractionOptions();
        var cmd = new Command("eval", "Score extraction against NAME.gold.json files") { dirs, json, format, pred, verbose, only };
        extraction.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            // Documents are extracted in workers under ingest's limits, so one hostile file is a listed failure, not a crash.
            var extractor = parse.GetValue(pred) == null ? extraction.Create(parse, Environment.ProcessorCount) : null;
            try
            {
                return Run(new EvalOptions(parse.GetValue(dirs)!, parse.GetValue(json), parse.GetValue(pred), parse.GetValue(verbose), parse.GetValue(only)) { Format = parse.GetValue(format) ?? "table" },
                    parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, extractor, extraction.Limits(parse));
            }
            finally { (extractor as IDisposable)?.Dispose(); }
        });
        return cmd;
    }

    internal static int Run(EvalOptions options, TextWriter output, TextWriter error, IMinutesFileExtractor? extractor, InputLimits limits)
    {
        var (dirs, json, predDir, verbose, only) = options;
        foreach (var dir in dirs.Append(predDir).OfType<string>())
            if (!Directory.Exists(dir))
            {
                error.WriteLine($"eval: no such directory: {dir}");
                return 1;
            }
        var cases = dirs.SelectMany(GoldCaseFinder.Find)
            .Where(c => only == null || c.Name.Contains(only, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        if (cases.Length == 0)
        {
            var filter = only == null ? "" : $" with a name containing '{only}'";
            error.WriteLine($"eval: no *{GoldCaseFinder.GoldSuffix} file{filter} found in {string.Join(", ", dirs)}");
            return 1;
        }

        var scorer = new DocumentScorer();
        var scores = new List<DocumentScore>();
        var failures = new List<EvalFailure>();
        var golds = new List<(GoldCase Case, MinutesRecord Gold)>();
        foreach (var gc in cases)
        {
            try { golds.Add((gc, MinutesJson.Deserialize(File.ReadAllText(gc.GoldPath)))); }
            catch (Exception e) when (e is JsonException or IOException)
            {
                error.WriteLine($"eval: {gc.GoldPath}: unreadable gold file: {e.Message}");
                failures.Add(new EvalFailure(gc.Name, $"unreadable gold file (not scored): {e.Message}"));
            }
        }
        var outcomes = new Dictionary<string, ExtractionOutcome>(StringComparer.Ordinal);
        if (predDir == null && extractor != null)
            OrderedExtraction.RunAsync(extractor, golds.Select(g => g.Case.DocumentPath).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
                2 * Environment.ProcessorCount, limits, (file, outcome) => outcomes[file] = outcome).GetAwaiter().GetResult();
        foreach (var (gc, gold) in golds)
        {
            var (predicted, failure) = predDir == null ? Extracted(outcomes, gc, gold) : ReadPrediction(predDir, gc, gold);
            if (failure != null) failures.Add(new EvalFailure(gc.Name, failure));
            scores.Add(scorer.Score(gc.Name, gold, predicted));
        }
        if (scores.Count == 0)
        {
            error.WriteLine("eval: no gold file could be read");
            return 1;
        }

        var report = new EvalReport(EvalSummary.Of(scores), failures, verbose);
        if (json || options.Format == "json") EvalJsonWriter.Write(output, report);
        else if (options.Format == "csv") CsvOutput.Write(output, EvalCsvColumns.For(failures), report.Summary.Documents);
        else EvalTableRenderer.Write(output, report);
        return 0;
    }

    // A document that could not be read is scored as an empty prediction and listed with its reason; the evaluation goes on.
    private static (MinutesRecord Record, string? Failure) Extracted(IReadOnlyDictionary<string, ExtractionOutcome> outcomes, GoldCase gc, MinutesRecord gold)
    {
        if (gc.DocumentPath == null || !outcomes.TryGetValue(gc.DocumentPath, out var outcome)) return (Empty(gold), "no document beside the gold file");
        return outcome.Record is { } record ? (record, null) : (Empty(gold), $"{outcome.FailureReason}: {outcome.FailureMessage}");
    }

    private static (MinutesRecord Record, string? Failure) ReadPrediction(string predDir, GoldCase gc, MinutesRecord gold)
    {
        var path = Path.Combine(predDir, gc.Name + ".json");
        if (!File.Exists(path)) return (Empty(gold), $"no prediction {path}");
        try { return (MinutesJson.Deserialize(File.ReadAllText(path)), null); }
        catch (Exception e) when (e is JsonException or IOException)
        { return (Empty(gold), $"unreadable prediction {path}: {e.Message}"); }
    }

    private static MinutesRecord Empty(MinutesRecord gold) => new() { Source = gold.Source, Format = gold.Format };
}
