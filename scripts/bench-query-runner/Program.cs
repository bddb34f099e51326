using System.Diagnostics;
using System.Globalization;
using BenchQuery;
using MinutesIngest.Storage;
using MinutesIngest.Storage.Indexing;
using MinutesIngest.Storage.Queries;
using Npgsql;

// Times the product's own query calls (Storage.Queries) on a warm database: after warm-up runs, each scenario runs
// N times and p50/p95 are printed; then the slowest scenario runs once more under auto_explain for its plan.
if (args.Length < 1) { Console.Error.WriteLine("usage: BenchQuery CONNECTION_STRING [RUNS]"); return 2; }
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
// Through MinutesDatabase, so the sessions are set up as the product's are.
await using var database = await MinutesDatabase.OpenAsync(args[0]);
await using var connection = await database.OpenConnectionAsync();

// The rows were generated in SQL, so the meeting-level word postings are built here, as an ingest run's end would.
var indexWatch = Stopwatch.StartNew();
var indexed = await MeetingTermIndex.UpdateAsync(connection);
indexWatch.Stop();
await using (var vacuum = new NpgsqlCommand("VACUUM ANALYZE meetings, meeting_term_postings, term_months", connection)) await vacuum.ExecuteNonQueryAsync();
await using (var size = new NpgsqlCommand("SELECT (SELECT count(*) FROM meeting_term_postings) || ' postings rows, ' || pg_size_pretty(pg_total_relation_size('meeting_term_postings')) || '; ' || (SELECT count(*) FROM term_months) || ' word-month rows, ' || pg_size_pretty(pg_total_relation_size('term_months'))", connection))
{
    var postings = await size.ExecuteScalarAsync();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"word postings: {indexed} meetings indexed in {indexWatch.Elapsed.TotalSeconds:0.0} s; {postings}"));
}

Scenario Search(string label, SearchRequest request) => new("search", label, async c => (await SearchQuery.RunAsync(c, request)).Hits.Count);
Scenario Trend(string label, TrendRequest request) => new("trend", label, async c => (await TrendQuery.RunAsync(c, request)).Points.Count);
Scenario Actions(string label, ActionFilter filter) => new("actions", label, async c => (await ActionQuery.RunAsync(c, filter)).Actions.Count);

var scenarios = new List<Scenario>
{
    Search("common word: budget", new SearchRequest("budget")),
    Search("very common word: council", new SearchRequest("council")),
    Search("rare word: asbestos", new SearchRequest("asbestos")),
    Search("phrase: \"street lighting\"", new SearchRequest("\"street lighting\"")),
    Search("exclusion: planning -housing", new SearchRequest("planning -housing")),
    Search("budget, one body, one year", new SearchRequest("budget", Body: "Ashby North Parish", From: new DateOnly(2015, 1, 1), To: new DateOnly(2015, 12, 31))),
    Trend("common: budget by month", new TrendRequest("budget", TrendUnit.Month)),
    Trend("rare: asbestos by month", new TrendRequest("asbestos", TrendUnit.Month)),
    Trend("common: budget by quarter, 2 bodies", new TrendRequest("budget", TrendUnit.Quarter, ["Parish Council", "NHS Trust"])),
    Trend("phrase: \"street lighting\" by year", new TrendRequest("\"street lighting\"", TrendUnit.Year)),
    Trend("rare: asbestos by year, 1 body", new TrendRequest("asbestos", TrendUnit.Year, ["Town Council"])),
    Actions("owner role Clerk, one body", new ActionFilter(Owner: "Clerk", Body: "Ashby North Parish", Limit: 500)),
    Actions("overdue, one month of meetings", new ActionFilter(Overdue: true, From: new DateOnly(2019, 3, 1), To: new DateOnly(2019, 3, 31), Limit: 500)),
    Actions("words budget, one year", new ActionFilter(Query: "budget", From: new DateOnly(2021, 1, 1), To: new DateOnly(2021, 12, 31), Limit: 500)),
    Actions("owner name Anna Shaw, overdue", new ActionFilter(Owner: "Anna Shaw", Overdue: true, Limit: 500)),
};

var results = new List<(Scenario Scenario, double P50, double P95, int Rows)>();
foreach (var scenario in scenarios)
{
    var rows = 0;
    for (var i = 0; i < 3; i++) rows = await scenario.Run(connection);
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        await scenario.Run(connection);
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    var result = (scenario, Percentile(times, 0.50), Percentile(times, 0.95), rows);
    results.Add(result);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scenario.Kind,-8} {scenario.Label,-40} p50 {result.Item2,8:0.0} ms   p95 {result.Item3,8:0.0} ms   ({rows} rows)"));
}

foreach (var kind in new[] { "search", "trend", "actions" })
{
    var ofKind = results.Where(r => r.Scenario.Kind == kind).ToList();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind}: worst p50 {ofKind.Max(r => r.P50):0.0} ms, worst p95 {ofKind.Max(r => r.P95):0.0} ms"));
}

var slowest = results.MaxBy(r => r.P95).Scenario;
Console.WriteLine($"\nEXPLAIN ANALYZE of the slowest query ({slowest.Kind}: {slowest.Label}), captured by auto_explain:");
var plans = new List<string>();
connection.Notice += (_, e) => plans.Add(e.Notice.MessageText);
await using (var setup = new NpgsqlCommand(
    "LOAD 'auto_explain'; SET auto_explain.log_min_duration = 0; SET auto_explain.log_analyze = on; SET auto_explain.log_buffers = on; SET client_min_messages = log",
    connection)) await setup.ExecuteNonQueryAsync();
await slowest.Run(connection);
Console.WriteLine(plans.OrderByDescending(p => p.Length).FirstOrDefault() ?? "(no plan captured)");
return 0;

static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
