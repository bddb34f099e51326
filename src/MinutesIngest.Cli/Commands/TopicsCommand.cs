using System.CommandLine;
using System.Globalization;
using MinutesIngest.Cli.Rendering;
using MinutesIngest.Ml.Topics;
using MinutesIngest.Storage;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Topics;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes topics [build|trend]</c>: lists the stored topics, fits them again, or shows a topic's trend per body.</summary>
internal static class TopicsCommand
{
    public static Command Create()
    {
        var database = new DatabaseOptions();
        var format = QueryOptions.Format("table", "csv", "json");
        var cmd = new Command("topics", "List the topics of the last build with their top terms, how many meetings they occur in and their coherence") { format };
        database.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseCommandErrors.Guard(async () =>
        {
            await using var db = await MinutesDatabase.OpenAsync(database.ResolveConnectionString(parse), ct);
            await using var connection = await db.OpenConnectionAsync(ct);
            TopicsRenderer.WriteList(Console.Out, parse.GetValue(format)!, await TopicStore.LoadBuildAsync(connection, ct), await TopicStore.ListAsync(connection, ct));
            return 0;
        }));
        cmd.Subcommands.Add(Build());
        cmd.Subcommands.Add(Coherence());
        cmd.Subcommands.Add(Trend());
        cmd.Subcommands.Add(Bench());
        return cmd;
    }

    private static Command Bench()
    {
        var items = new Option<int>("--items") { DefaultValueFactory = _ => 100_000, Description = "how many synthetic item texts to fit" };
        var k = new Option<int>("--k") { DefaultValueFactory = _ => new TopicOptions().Topics, Description = "number of topics" };
        var cmd = new Command("bench", "Time a topic fit over synthetic item texts (no database)") { items, k };
        cmd.Hidden = true;
        cmd.SetAction(parse =>
        {
            var texts = SyntheticItemTexts.Generate(parse.GetValue(items));
            // CPU time as well as wall time: on a shared machine the wall clock measures the neighbours too.
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var fit = TopicModeller.Fit(texts, new TopicOptions { Topics = parse.GetValue(k) });
            cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"fitted {fit.Topics.Count} topics over {texts.Count} synthetic items in {fit.FitTime.TotalSeconds:0.0} s wall, {cpu.TotalSeconds:0.0} s CPU"));
            foreach (var t in fit.Topics) Console.Out.WriteLine($"  {t.Number,2}: {t.Label}");
            return 0;
        });
        return cmd;
    }

    private static Command Build()
    {
        var database = new DatabaseOptions();
        var k = new Option<int?>("--k")
        {
            Description = $"number of topics (default: the most coherent of {string.Join(", ", TopicSettingsSearch.TopicCounts)})",
        };
        var titlesOnly = new Option<bool>("--titles-only") { Description = "fit on item titles only (default: titles and text)" };
        var iterations = new Option<int>("--iterations") { DefaultValueFactory = _ => new TopicOptions().Iterations, Description = "LDA iterations" };
        var format = QueryOptions.Format("table", "csv", "json");
        var cmd = new Command("build",
            "Fit topics (LDA, fixed seed, one thread) over the stored non-procedural items, people's names left out, choosing the settings by coherence, and replace the stored topics")
            { k, titlesOnly, iterations, format };
        database.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseCommandErrors.Guard(async () =>
        {
            var topics = parse.GetValue(k);
            if (topics < 2)
            {
                Console.Error.WriteLine("error: --k must be at least 2");
                return 1;
            }
            await using var db = await MinutesDatabase.OpenAsync(database.ResolveConnectionString(parse), ct);
            await using var connection = await db.OpenConnectionAsync(ct);
            var options = new TopicOptions { Iterations = parse.GetValue(iterations) };
            var result = await TopicBuildRun.ExecuteAsync(connection, options, !parse.GetValue(titlesOnly), ct, TopicSettingsSearch.Grid(options, topics));
            if (result == null)
            {
                Console.Error.WriteLine("error: no items with text are stored; run `minutes ingest` first");
                return 1;
            }
            TopicsRenderer.WriteList(Console.Out, parse.GetValue(format)!, result.Build, await TopicStore.ListAsync(connection, ct));
            if (parse.GetValue(format) == "table")
            {
                Console.Out.WriteLine($"{result.ProceduralItems} procedural items (apologies, minutes of the last meeting, any other business, …) left out.");
                TopicsRenderer.WriteTrials(Console.Out, result.Trials, result.Chosen);
            }
            return 0;
        }));
        return cmd;
    }

    // Scores the stored topics as they are: how a build made before coherence was scored compares with a new one.
    private static Command Coherence()
    {
        var database = new DatabaseOptions();
        var cmd = new Command("coherence", "Score the stored topics' coherence (mean NPMI of their top terms over the stored items) without refitting");
        cmd.Hidden = true;
        database.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseQuery.RunAsync(database, parse, ct, async connection =>
        {
            var scored = await TopicBuildRun.ScoreStoredAsync(connection, ct);
            foreach (var (t, score) in scored)
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.Number,3}  {score,7:0.000}  {string.Join(", ", t.Terms)}"));
            if (scored.Count > 0)
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mean coherence {scored.Average(s => s.Coherence):0.000} over {scored.Count} topics"));
            return 0;
        }));
        return cmd;
    }

    private static Command Trend()
    {
        var database = new DatabaseOptions();
        var topic = new Argument<string>("topic") { Description = "topic number, or a word of its label or terms" };
        var by = new Option<string>("--by") { DefaultValueFactory = _ => "year", Description = "year, quarter or month" };
        by.AcceptOnlyFromAmong("year", "quarter", "month");
        var bodies = new Option<string[]>("--body") { Description = "only bodies whose name contains this text (repeat for several)" };
        var format = QueryOptions.Format("table", "csv", "json");
        var cmd = new Command("trend", "Prevalence of a topic over time, per body") { topic, by, bodies, format };
        database.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseQuery.RunAsync(database, parse, ct, async connection =>
        {
            var choice = await TopicStore.ResolveAsync(connection, parse.GetValue(topic), ct);
            if (choice.Message != null) return DatabaseQuery.Refuse(choice.Message);
            if (choice.Number is not { } number) return DatabaseQuery.Refuse("Name a topic: its number, or a word of its label or terms.");
            if (await BodyFilterCheck.ProblemAsync(connection, parse.GetValue(bodies) ?? [], ct) is { } unknown) return DatabaseQuery.Refuse(unknown);
            var summary = (await TopicStore.SummaryAsync(connection, number, ct))!;
            var unit = Enum.Parse<TrendUnit>(parse.GetValue(by)!, ignoreCase: true);
            var rows = await TopicStore.TrendAsync(connection, number, unit, parse.GetValue(bodies), ct);
            if (TopicStore.TooManyPoints(rows) is { } tooMany) return DatabaseQuery.Refuse(tooMany);
            TopicsRenderer.WriteTrend(Console.Out, parse.GetValue(format)!, summary, rows, unit.ToString().ToLower(CultureInfo.InvariantCulture));
            return 0;
        }));
        return cmd;
    }
}
