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
        var cmd = new Command("topics", "List the topics of the last build with their top terms and how many meetings they occur in");
        database.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseCommandErrors.Guard(async () =>
        {
            await using var db = await MinutesDatabase.OpenAsync(database.ResolveConnectionString(parse), ct);
            await using var connection = await db.OpenConnectionAsync(ct);
            TopicsRenderer.WriteList(Console.Out, await TopicStore.LoadBuildAsync(connection, ct), await TopicStore.ListAsync(connection, ct));
            return 0;
        }));
        cmd.Subcommands.Add(Build());
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
        var k = new Option<int>("--k") { DefaultValueFactory = _ => new TopicOptions().Topics, Description = "number of topics" };
        var body = new Option<bool>("--body") { Description = "fit on item bodies as well as titles (default: titles only)" };
        var iterations = new Option<int>("--iterations") { DefaultValueFactory = _ => new TopicOptions().Iterations, Description = "LDA iterations" };
        var cmd = new Command("build", "Fit topics (LDA, fixed seed, one thread) over the stored items and replace the stored topics") { k, body, iterations };
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
            var options = new TopicOptions { Topics = topics, Iterations = parse.GetValue(iterations) };
            var result = await TopicBuildRun.ExecuteAsync(connection, options, parse.GetValue(body), ct);
            if (result == null)
            {
                Console.Error.WriteLine("error: no items with text are stored; run `minutes ingest` first");
                return 1;
            }
            TopicsRenderer.WriteList(Console.Out, result.Value.Build, await TopicStore.ListAsync(connection, ct));
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
        var cmd = new Command("trend", "Prevalence of a topic over time, per body") { topic, by, bodies };
        database.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseQuery.RunAsync(database, parse, ct, async connection =>
        {
            var choice = await TopicStore.ResolveAsync(connection, parse.GetValue(topic), ct);
            if (choice.Message != null) return DatabaseQuery.Refuse(choice.Message);
            if (choice.Number is not { } number) return DatabaseQuery.Refuse("Name a topic: its number, or a word of its label or terms.");
            var summary = (await TopicStore.SummaryAsync(connection, number, ct))!;
            var unit = Enum.Parse<TrendUnit>(parse.GetValue(by)!, ignoreCase: true);
            TopicsRenderer.WriteTrend(Console.Out, summary, await TopicStore.TrendAsync(connection, number, unit, parse.GetValue(bodies), ct),
                unit.ToString().ToLower(CultureInfo.InvariantCulture));
            return 0;
        }));
        return cmd;
    }
}
