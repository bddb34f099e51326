using System.CommandLine;
using MinutesIngest.Cli.Rendering;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Topics;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes search QUERY</c>: ranked items and actions matching web-search syntax, with highlighted snippets.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "words; \"exact phrase\", -exclude and or work as in a web search engine; =word matches that word unstemmed" };
        var body = QueryOptions.Body();
        var from = QueryOptions.Date("--from", "only meetings on or after this date");
        var to = QueryOptions.Date("--to", "only meetings on or before this date");
        var limit = new Option<int>("--limit", "-n") { Description = $"results shown (1–{SearchQuery.MaxLimit})", DefaultValueFactory = _ => 20 };
        var topic = QueryOptions.Topic();
        var format = QueryOptions.Format("table", "json", "csv");
        var exact = QueryOptions.Exact();
        var database = new DatabaseOptions();
        var cmd = new Command("search", "Search items and actions of the stored minutes, best match first") { query, exact, body, from, to, topic, limit, format };
        database.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseQuery.RunAsync(database, parse, ct, async connection =>
        {
            var choice = await TopicStore.ResolveAsync(connection, parse.GetValue(topic), ct);
            if (choice.Message != null) return DatabaseQuery.Refuse(choice.Message);
            var request = new SearchRequest(parse.GetValue(query) ?? "", parse.GetValue(body), parse.GetValue(from), parse.GetValue(to), parse.GetValue(limit), choice.Number,
                parse.GetValue(exact));
            var result = await SearchQuery.RunAsync(connection, request, ct);
            if (result.Message != null) return DatabaseQuery.Refuse(result.Message);
            SearchRenderer.Write(Console.Out, parse.GetValue(format)!, result);
            return 0;
        }));
        return cmd;
    }
}
