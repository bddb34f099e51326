using System.CommandLine;
using MinutesIngest.Cli.Rendering;
using MinutesIngest.Storage;
using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes summary</c>: what the database holds, in total and per body and year.</summary>
internal static class DbSummaryCommand
{
    public static Command Create()
    {
        var database = new DatabaseOptions();
        var format = QueryOptions.Format("table", "csv", "json");
        var cmd = new Command("summary", "Count the documents, meetings, attendees, items and actions in the database, per body and year") { format };
        database.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseCommandErrors.Guard(async () =>
        {
            await using var db = await MinutesDatabase.OpenAsync(database.ResolveConnectionString(parse), ct);
            await using var connection = await db.OpenConnectionAsync(ct);
            DatabaseSummaryRenderer.Write(Console.Out, parse.GetValue(format)!, await DatabaseSummary.LoadAsync(connection, ct));
            return 0;
        }));
        return cmd;
    }
}
