using System.CommandLine;
using MinutesIngest.Core;
using MinutesIngest.Core.Extraction;
using MinutesIngest.Ingest.Triage;
using MinutesIngest.Cli.Rendering;
using MinutesIngest.Web.Exports;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes triage FILE…</c> and <c>minutes triage eval --labels TSV</c>: the class each file gets, and the classifier's scores on a labelled set.</summary>
internal static class TriageCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "documents to classify" };
        var format = QueryOptions.Format("table", "csv", "json");
        var cmd = new Command("triage", "Classify documents as minutes, agenda, meeting paper or not a meeting document") { files, format };
        var extraction = new ExtractionOptions();
        extraction.AddReadingTo(cmd);
        cmd.SetAction(parse =>
        {
            var pipeline = new ThreadLocal<MinutesExtractor>(() => extraction.Pipeline(parse));
            var exit = 0;
            var rows = new List<(string Class, string File, string Reason)>();
            foreach (var f in parse.GetValue(files)!)
            {
                try
                {
                    var decision = Classify(pipeline.Value!, f);
                    if (parse.GetValue(format) == "table") Console.Out.WriteLine($"{decision.Code}\t{f}\t{decision.Reason}");
                    rows.Add((decision.Code, f, decision.Reason));
                }
                catch (ExtractionException e) { Console.Error.WriteLine($"error: {f}: {e.Reason}: {e.Message}"); exit = 1; }
            }
            if (parse.GetValue(format) == "csv") CsvOutput.Write(Console.Out, [("class", r => r.Class), ("file", r => r.File), ("reason", r => r.Reason)], rows);
            if (parse.GetValue(format) == "json") JsonOutput.Write(Console.Out, rows.Select(r => new { r.Class, r.File, r.Reason }));
            return exit;
        });
        cmd.Subcommands.Add(CreateEval());
        return cmd;
    }

    private static Command CreateEval()
    {
        var labels = new Option<string[]>("--labels") { Required = true, AllowMultipleArgumentsPerToken = true, Description = "TSV files: class, source, path" };
        var verbose = new Option<bool>("--verbose") { Description = "list every misclassified file" };
        var cmd = new Command("eval", "Score the triage rules on labelled files: precision and recall per class") { labels, verbose };
        var extraction = new ExtractionOptions();
        extraction.AddReadingTo(cmd);
        cmd.SetAction(parse =>
        {
            // Extractors keep per-instance state, so each thread of the parallel loop reads with its own.
            var pipeline = new ThreadLocal<MinutesExtractor>(() => extraction.Pipeline(parse));
            var cases = TriageLabelFile.ReadAll(parse.GetValue(labels)!);
            var results = new List<TriageEvalCase>();
            var bag = new System.Collections.Concurrent.ConcurrentBag<TriageEvalCase>();
            Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, c =>
            {
                try { bag.Add(c with { Predicted = Classify(pipeline.Value!, c.Path) }); }
                catch (ExtractionException e) { Console.Error.WriteLine($"error: {c.Path}: {e.Reason}: {e.Message}"); bag.Add(c); }
            });
            results.AddRange(bag.OrderBy(c => c.Path, StringComparer.Ordinal));
            Console.Out.Write(TriageEvalRenderer.Render(results, parse.GetValue(verbose)));
            return TriageEvalRenderer.MeetsTargets(results) ? 0 : 1;
        });
        return cmd;
    }

    private static TriageDecision Classify(MinutesExtractor pipeline, string path)
    {
        var document = pipeline.ReadDocument(path);
        return DocumentTriage.Classify(document, pipeline.Parse(document));
    }
}
