using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using MinutesIngest.Cli.Rendering;
using MinutesIngest.Core.Extraction;
using MinutesIngest.Core.Parsing;
using MinutesIngest.Ml.SuggestedActions;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes suggest sentences|train|cv</c>: the labelling, training and evaluation of the suggested-action classifier.</summary>
internal static partial class SuggestCommand
{
    public static Command Create()
    {
        var cmd = new Command("suggest", "Label, train and cross-validate the suggested-action (unmarked commitment) classifier");
        cmd.Subcommands.Add(Sentences());
        cmd.Subcommands.Add(Train());
        cmd.Subcommands.Add(CrossValidate());
        return cmd;
    }

    private static Command Sentences()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "documents or folders" };
        var cmd = new Command("sentences", "Print the candidate sentences of documents as labelling TSV (label 0 to be set by hand)") { paths };
        var extraction = new ExtractionOptions();
        extraction.AddReadingTo(cmd);
        cmd.SetAction(parse =>
        {
            var extractor = extraction.Pipeline(parse);
            var parser = extractor.Parser;
            var rows = new List<LabelledSentence>();
            var exit = 0;
            foreach (var file in DocumentFiles(parse.GetValue(paths)!))
            {
                try
                {
                    var id = Path.GetFileNameWithoutExtension(file);
                    rows.AddRange(parser.CandidateSentences(extractor.ReadDocument(file)).Select(c => new LabelledSentence(id, false, c.Text)));
                }
                catch (ExtractionException e) { Console.Error.WriteLine($"error: {file}: {e.Reason}: {e.Message}"); exit = 1; }
            }
            LabelledSentenceFile.Write(Console.Out, rows);
            return exit;
        });
        return cmd;
    }

    private static Command Train()
    {
        var data = new Option<string[]>("--data") { Required = true, AllowMultipleArgumentsPerToken = true, Description = "labelled sentence files (TSV)" };
        var output = new Option<string>("--out") { Required = true, Description = "model file to write" };
        var check = new Option<string?>("--check") { Description = "compare the new model's probabilities with this committed model; exit 1 when any differs" };
        var cmd = new Command("train", "Train the classifier on all labelled sentences") { data, output, check };
        cmd.SetAction(parse =>
        {
            var sentences = parse.GetValue(data)!.SelectMany(LabelledSentenceFile.Read).ToList();
            var model = CommitmentModel.Train(sentences);
            using (var stream = File.Create(parse.GetValue(output)!)) model.Save(stream);
            Console.Out.WriteLine($"trained on {sentences.Count} sentences ({sentences.Count(s => s.IsCommitment)} commitments) -> {parse.GetValue(output)}");
            if (parse.GetValue(check) is not { } committedPath) return 0;
            using var committedStream = File.OpenRead(committedPath);
            var committed = CommitmentModel.Load(committedStream);
            var differ = sentences.Count(s => Math.Abs(committed.Probability(s.Text) - model.Probability(s.Text)) > 1e-6);
            Console.Out.WriteLine(differ == 0
                ? $"identical: the new model gives the committed model's probability on all {sentences.Count} sentences"
                : $"DIFFERENT: {differ} of {sentences.Count} sentences get another probability than from {committedPath}");
            return differ == 0 ? 0 : 1;
        });
        return cmd;
    }

    private static Command CrossValidate()
    {
        var data = new Option<string[]>("--data") { Required = true, AllowMultipleArgumentsPerToken = true, Description = "labelled sentence files (TSV)" };
        var folds = new Option<int>("--folds") { DefaultValueFactory = _ => 5, Description = "number of folds (documents dealt round-robin in name order)" };
        var heldOut = new Option<string[]>("--test") { AllowMultipleArgumentsPerToken = true, Description = "held-out labelled sentences (real minutes): scored by the model trained on --data alone, by the rules, and cross-validated by group" };
        var groupBy = new Option<string?>("--group-by") { Description = "document<TAB>group TSV for --test (e.g. source repository); without it each document is its own group" };
        var scores = new Option<string?>("--scores") { Description = "write each --test sentence with its probabilities (model alone, cross-validated, rules) to this TSV" };
        var cmd = new Command("cv", "Cross-validate by document: model vs rules baseline, P/R/F1 per fold and overall") { data, folds };
        cmd.Options.Add(heldOut);
        cmd.Options.Add(groupBy);
        cmd.Options.Add(scores);
        cmd.SetAction(parse =>
        {
            var sentences = parse.GetValue(data)!.SelectMany(LabelledSentenceFile.Read).ToList();
            var results = DocumentCrossValidator.Run(sentences, parse.GetValue(folds));
            var o = Console.Out;
            o.WriteLine($"{sentences.Count} sentences, {sentences.Count(s => s.IsCommitment)} commitments, {sentences.Select(s => s.Document).Distinct().Count()} documents");
            o.WriteLine("fold  docs  sentences   model P   model R  model F1    rules P   rules R  rules F1");
            foreach (var r in results)
                o.WriteLine(Row(r.Fold.ToString(CultureInfo.InvariantCulture), r.TestDocuments.Count, r.TestSentences, r.Model, r.Baseline));
            var model = results.Select(r => r.Model).Aggregate((a, b) => a + b);
            var rules = results.Select(r => r.Baseline).Aggregate((a, b) => a + b);
            o.WriteLine(Row("all", results.Sum(r => r.TestDocuments.Count), results.Sum(r => r.TestSentences), model, rules));
            var authoredModel = results.Select(r => r.AuthoredModel).Aggregate((a, b) => a + b);
            var authoredRules = results.Select(r => r.AuthoredBaseline).Aggregate((a, b) => a + b);
            var authored = sentences.Where(s => !DocumentCrossValidator.IsGenerated(s.Document)).ToList();
            o.WriteLine(Row("auth", authored.Select(s => s.Document).Distinct().Count(), authored.Count, authoredModel, authoredRules)
                + "   (authored documents only, not generated)");
            o.WriteLine(model.F1 > rules.F1
                ? $"model F1 {model.F1:0.000} beats the rules baseline's {rules.F1:0.000}: keep the model"
                : $"model F1 {model.F1:0.000} does not beat the rules baseline's {rules.F1:0.000}: use the rules");
            if (parse.GetValue(heldOut) is { Length: > 0 } testFiles)
            {
                var groups = parse.GetValue(groupBy) is { } mapping ? DocumentGroups.Read(mapping) : DocumentGroups.ByDocument;
                using var scoreFile = parse.GetValue(scores) is { } scorePath ? new StreamWriter(scorePath) : null;
                HeldOutSentenceReport.Write(o, sentences, testFiles.SelectMany(LabelledSentenceFile.Read).ToList(), groups, parse.GetValue(folds), scoreFile);
            }
            return 0;
        });
        return cmd;
    }

    private static string Row(string fold, int docs, int sentences, BinaryCounts m, BinaryCounts b) => string.Create(CultureInfo.InvariantCulture,
        $"{fold,4}  {docs,4}  {sentences,9}  {m.Precision,8:0.000}  {m.Recall,8:0.000}  {m.F1,8:0.000}   {b.Precision,8:0.000}  {b.Recall,8:0.000}  {b.F1,8:0.000}");

    private static IEnumerable<string> DocumentFiles(IEnumerable<string> inputs) => inputs.SelectMany(input => Directory.Exists(input)
        ? Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Where(IsDocument).Order(StringComparer.Ordinal)
        : (IEnumerable<string>)[input]);

    // Gold files and a folder's README/SOURCES notes are not minutes.
    private static bool IsDocument(string file) =>
        !file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !Notes().IsMatch(Path.GetFileName(file));

    [GeneratedRegex(@"^(?:README|SOURCES)(?:-[\w-]+)?\.md$", RegexOptions.IgnoreCase)]
    private static partial Regex Notes();
}
