using System.CommandLine;
using MinutesIngest.Cli.Rendering;
using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes trend QUERY --by month|quarter|year</c>: how many meetings mention a topic per period, out of how many were held.</summary>
internal static class TrendCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "the topic, in web-search syntax; =word matches that word unstemmed" };
        var by = new Option<string>("--by") { Description = "period: month, quarter or year", DefaultValueFactory = _ => "year" };
        by.AcceptOnlyFromAmong("month", "quarter", "year");
        var bodies = new Option<string[]>("--body")
        {
            Description = "only meetings of this body (its name or a spelling it was found under, any case, \"&\" or \"and\"); repeat to compare bodies side by side",
            AllowMultipleArgumentsPerToken = false,
        };
        var from = QueryOptions.Date("--from", "only meetings on or after this date");
        var to = QueryOptions.Date("--to", "only meetings on or before this date");
        var format = QueryOptions.Format("table", "json", "csv");
        var exact = QueryOptions.Exact();
        var bySeries = new Option<bool>("--series") { Description = "one series per body and committee series (\"Body — Planning Committee\"); with --body, the series of those bodies" };
        var database = new DatabaseOptions();
        var cmd = new Command("trend", "Count the meetings mentioning a topic per month, quarter or year, with a bar chart") { query, exact, by, bodies, bySeries, from, to, format };
        database.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseQuery.RunAsync(database, parse, ct, async connection =>
        {
            var unit = Enum.Parse<TrendUnit>(parse.GetValue(by)!, ignoreCase: true);
            var text = parse.GetValue(query) ?? "";
            var result = await TrendQuery.RunAsync(connection, new TrendRequest(text, unit, parse.GetValue(bodies), parse.GetValue(from), parse.GetValue(to),
                Exact: parse.GetValue(exact), BySeries: parse.GetValue(bySeries)), ct);
            if (result.Message != null) return DatabaseQuery.Refuse(result.Message);
            if (result.Note != null) Console.Error.WriteLine(result.Note);
            TrendRenderer.Write(Console.Out, parse.GetValue(format)!, text, result);
            return 0;
        }));
        return cmd;
    }
}
