using System.CommandLine;
using System.Globalization;
using MinutesIngest.Core;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Pipeline;
using MinutesIngest.Scoring;
using MinutesIngest.Ml.LineRoles;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes roles cv|train|label</c>: the learned line-role layer's projection, cross-validation by source and training.</summary>
internal static class LineRolesCommand
{
    public static Command Create()
    {
        var cmd = new Command("roles", "Project gold onto lines, cross-validate by source and train the learned line-role layer");
        cmd.Subcommands.Add(ValidateBySource());
        cmd.Subcommands.Add(Train());
        cmd.Subcommands.Add(Label());
        return cmd;
    }

    private static Argument<string[]> Folders() => new("dirs") { Arity = ArgumentArity.OneOrMore, Description = "folders holding NAME.gold.json beside NAME.<ext> (searched recursively)" };

    private static Command ValidateBySource()
    {
        var dirs = Folders();
        var folds = new Option<int>("--folds") { DefaultValueFactory = _ => 5, Description = "number of folds (whole sources dealt to folds, largest first)" };
        var threshold = new Option<float[]>("--threshold") { DefaultValueFactory = _ => [LineRoleRule.DefaultThreshold], AllowMultipleArgumentsPerToken = true, Description = "confidence the advice needs to be used (several: one table each, same trained models)" };
        var rulesFeature = new Option<bool>("--rules-feature") { Description = "also show the model the roles the rules' findings give each line (default: layout and text only)" };
        var anyLine = new Option<bool>("--any-unclaimed-line") { Description = "let the advice add on any unclaimed line (default: only to a list the rules left empty)" };
        var variants = new Option<bool>("--variants") { Description = "also measure the variants not chosen: the model shown the rules' roles, and advice on any unclaimed line" };
        var cmd = new Command("cv", "k-fold validation by source: rules alone vs rules + learned layer on the same held-out folds") { dirs, folds, threshold, rulesFeature, anyLine, variants };
        cmd.SetAction(parse =>
        {
            var documents = Load(parse.GetValue(dirs)!);
            var o = Console.Out;
            var thresholds = parse.GetValue(threshold)!;
            o.WriteLine($"{documents.Count} documents, {documents.Select(d => d.Source).Distinct().Count()} sources, {parse.GetValue(folds)} folds by source");
            List<(string Name, bool RulesFeature, bool OnlyEmpty)> settings = [("", parse.GetValue(rulesFeature), !parse.GetValue(anyLine))];
            if (parse.GetValue(variants)) settings.AddRange([("variant: model also shown the rules' roles", true, true), ("variant: advice on any unclaimed line", false, false)]);
            foreach (var (name, withRules, onlyEmpty) in settings)
            {
                var results = LineRoleSourceValidator.Run(documents, parse.GetValue(folds), thresholds, withRules, onlyEmpty);
                for (var t = 0; t < thresholds.Length; t++) WriteTable(o, results, t, thresholds[t], name);
            }
            return 0;
        });
        return cmd;
    }

    private static void WriteTable(TextWriter o, IReadOnlyList<LineRoleFold> results, int t, float threshold, string setting)
    {
        o.WriteLine();
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(setting.Length > 0 ? setting + ", " : "")}advice threshold {threshold}"));
        o.WriteLine("fold  docs  src  | attendance F1    | items F1         | actions F1       | overall          | line accuracy");
        o.WriteLine("                 |  rules  +model   |  rules  +model   |  rules  +model   |  rules  +model   |  rules  model");
        foreach (var r in results)
            o.WriteLine(Row(r.Fold.ToString(CultureInfo.InvariantCulture), r.Sources.Count, r.Rules, r.Learned[t], r.Lines, r.RulesCorrect, r.ModelCorrect));
        var rules = results.SelectMany(r => r.Rules).ToList();
        var learned = results.SelectMany(r => r.Learned[t]).ToList();
        o.WriteLine(Row("all", results.Sum(r => r.Sources.Count), rules, learned,
            results.Sum(r => r.Lines), results.Sum(r => r.RulesCorrect), results.Sum(r => r.ModelCorrect)));
        var (rulesOverall, learnedOverall) = (ScoreAggregate.Of("rules", rules).Overall, ScoreAggregate.Of("learned", learned).Overall);
        o.WriteLine(learnedOverall > rulesOverall
            ? $"rules + learned layer overall {learnedOverall:0.000} beats rules alone {rulesOverall:0.000}: keep the layer"
            : $"rules + learned layer overall {learnedOverall:0.000} does not beat rules alone {rulesOverall:0.000}: leave it unwired");
        o.WriteLine("(F1 micro over the fold's documents; overall is the mean of the documents' overall scores)");
        foreach (var (before, after) in rules.Zip(learned).Where(x => Math.Abs(x.First.Overall - x.Second.Overall) > 1e-9))
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {before.Name}: overall {before.Overall:0.000} -> {after.Overall:0.000}"));
    }

    private static Command Train()
    {
        var dirs = Folders();
        var output = new Option<string>("--out") { Required = true, Description = "model file to write" };
        var cmd = new Command("train", "Train the line-role classifier on every labelled document") { dirs, output };
        cmd.SetAction(parse =>
        {
            var documents = Load(parse.GetValue(dirs)!);
            var examples = documents.Select(d => LineRoleExamples.From(d)).ToList();
            var model = LineRoleModel.Train(examples);
            using (var stream = File.Create(parse.GetValue(output)!)) model.Save(stream);
            Console.Out.WriteLine($"trained on {examples.Sum(e => e.Roles.Count)} lines of {documents.Count} documents -> {parse.GetValue(output)}");
            return 0;
        });
        return cmd;
    }

    private static Command Label()
    {
        var dirs = Folders();
        var only = new Option<string?>("--only") { Description = "only documents whose name contains this text" };
        var cmd = new Command("label", "Print every line with the role the gold projects onto it and the role the rules' findings give it") { dirs, only };
        cmd.SetAction(parse =>
        {
            foreach (var d in Load(parse.GetValue(dirs)!, parse.GetValue(only)))
            {
                var lines = DocumentLines.From(d.Document);
                var gold = LineRoleProjector.Project(lines, d.Gold);
                var rules = LineRoleProjector.Project(lines, RulesOnly.Parse(d.Document));
                Console.Out.WriteLine($"== {d.Name} ({d.Source})");
                for (var i = 0; i < lines.Count; i++)
                    Console.Out.WriteLine($"{gold[i],-17} {(rules[i] == gold[i] ? "" : rules[i].ToString()),-17} {(lines[i].Number is { } n ? n + " " : "")}{Cut(lines[i].Text)}");
            }
            return 0;
        });
        return cmd;
    }

    // The layer is trained and judged against what the rules alone find.
    private static readonly MinutesExtractor RulesOnly = MinutesExtractor.For(new ExtractionSettings { LearnedLineRoles = false });

    private static IReadOnlyList<LabelledDocument> Load(string[] dirs, string? only = null)
    {
        foreach (var dir in dirs.Where(d => !Directory.Exists(d))) throw new DirectoryNotFoundException($"roles: no such directory: {dir}");
        var (documents, failures) = LabelledCorpus.Load(dirs, RulesOnly.ReadDocument, Environment.ProcessorCount);
        foreach (var f in failures) Console.Error.WriteLine($"error: {f}");
        return only == null ? documents : documents.Where(d => d.Name.Contains(only, StringComparison.OrdinalIgnoreCase)).ToList();
    }

    private static string Row(string fold, int sources, IReadOnlyList<DocumentScore> rules, IReadOnlyList<DocumentScore> learned, int lines, int rulesCorrect, int modelCorrect)
    {
        var r = ScoreAggregate.Of("rules", rules);
        var l = ScoreAggregate.Of("learned", learned);
        return string.Create(CultureInfo.InvariantCulture,
            $"{fold,4}  {rules.Count,4}  {sources,3}  |  {r.Attendance.Matches.F1:0.000}  {l.Attendance.Matches.F1:0.000}   |  {r.Items.Matches.F1:0.000}  {l.Items.Matches.F1:0.000}   |  {r.Actions.Matches.F1:0.000}  {l.Actions.Matches.F1:0.000}   |  {r.Overall:0.000}  {l.Overall:0.000}   |  {rulesCorrect / (double)Math.Max(1, lines):0.000}  {modelCorrect / (double)Math.Max(1, lines):0.000}");
    }

    private static string Cut(string text) => text.Length <= 110 ? text : text[..107] + "...";
}
