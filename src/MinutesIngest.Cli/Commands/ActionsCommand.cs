using System.CommandLine;
using MinutesIngest.Cli.Rendering;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Topics;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes actions</c>: every recorded action with owner, due date, item and meeting, filtered; <c>--suggested</c> lists the suggested actions instead.</summary>
internal static class ActionsCommand
{
    public static Command Create()
    {
        var owner = new Option<string?>("--owner") { Description = "owner's name, initials or role (matched through the meeting's attendance too)" };
        var body = QueryOptions.Body();
        var from = QueryOptions.Date("--from", "only meetings on or after this date");
        var to = QueryOptions.Date("--to", "only meetings on or before this date");
        var query = new Option<string?>("--query", "-q") { Description = "only actions matching these words (web-search syntax)" };
        var overdue = new Option<bool>("--overdue") { Description = "only actions still open whose due date is before the --as-of date" };
        var open = new Option<bool>("--open")
        {
            Description = "only actions never reported done: no later meeting of the same body repeated them with done/complete/closed, " +
                          "nor dropped them (an action a later meeting lists again is shown there)",
        };
        var asOf = QueryOptions.Date("--as-of", "judge --overdue and --open as on this date: later meetings count only up to it (default: today)");
        var topic = QueryOptions.Topic();
        var suggested = new Option<bool>("--suggested")
        {
            Description = "list the suggested actions instead: commitments written without an action marker, found by the classifier, with its confidence (never mixed with the actions)",
        };
        var limit = new Option<int?>("--limit", "-n") { Description = "at most this many actions (default: all)" };
        var format = QueryOptions.Format("table", "csv", "json", "md");
        var database = new DatabaseOptions();
        var cmd = new Command("actions", "List the actions recorded in the stored minutes") { owner, body, from, to, query, overdue, open, asOf, topic, suggested, limit, format };
        database.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseQuery.RunAsync(database, parse, ct, async connection =>
        {
            var choice = await TopicStore.ResolveAsync(connection, parse.GetValue(topic), ct);
            if (choice.Message != null) return DatabaseQuery.Refuse(choice.Message);
            var filter = new ActionFilter(parse.GetValue(owner), parse.GetValue(body), parse.GetValue(from), parse.GetValue(to),
                parse.GetValue(query), parse.GetValue(overdue), parse.GetValue(asOf), parse.GetValue(limit), choice.Number, parse.GetValue(open));
            if (parse.GetValue(suggested))
            {
                var found = await SuggestedActionQuery.RunAsync(connection, filter, ct);
                if (found.Message != null) return DatabaseQuery.Refuse(found.Message);
                ActionsRenderer.WriteSuggested(Console.Out, parse.GetValue(format)!, found.Actions);
                return 0;
            }
            var result = await ActionQuery.RunAsync(connection, filter, ct);
            if (result.Message != null) return DatabaseQuery.Refuse(result.Message);
            ActionsRenderer.Write(Console.Out, parse.GetValue(format)!, result.Actions);
            return 0;
        }));
        return cmd;
    }
}
