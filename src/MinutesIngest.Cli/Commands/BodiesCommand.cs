using System.CommandLine;
using MinutesIngest.Cli.Rendering;
using MinutesIngest.Core.Bodies;
using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes bodies</c> (bodies with meeting counts, first and last dates, aliases) and <c>minutes bodies merge A B</c>.</summary>
internal static class BodiesCommand
{
    public static Command Create()
    {
        var database = new DatabaseOptions();
        var format = QueryOptions.Format("table", "csv", "json");
        var cmd = new Command("bodies", "List the bodies meetings are filed under: meetings, first and last date, committee series, other spellings; files of meetings naming no body") { format };
        database.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseQuery.RunAsync(database, parse, ct, async connection =>
        {
            var bodies = await BodyQuery.ListAsync(connection, ct);
            if (parse.GetValue(format) is "csv" or "json")
            {
                BodiesRenderer.Write(Console.Out, parse.GetValue(format)!, bodies);
                return 0;
            }
            foreach (var b in bodies)
            {
                var aliases = b.Aliases.Count > 0 ? "  aliases: " + string.Join("; ", b.Aliases) : "";
                Console.Out.WriteLine($"{b.Body ?? "(not stated)"}\t{b.Meetings}\t{b.FirstDate ?? "—"}\t{b.LastDate ?? "—"}\t{b.SeriesCount} series{aliases}");
                foreach (var path in b.Paths) Console.Out.WriteLine($"  {path}");
            }
            return 0;
        }));
        cmd.Subcommands.Add(CreateMerge());
        return cmd;
    }

    private static Command CreateMerge()
    {
        var into = new Argument<string>("into") { Description = "the body to keep" };
        var from = new Argument<string>("from") { Description = "the body whose meetings join it (any case)" };
        var database = new DatabaseOptions();
        var cmd = new Command("merge", "File every meeting of body FROM under body INTO") { into, from };
        database.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseQuery.RunAsync(database, parse, ct, async connection =>
        {
            if (BodyNames.Normalise(parse.GetValue(into)) is not { } keep) return DatabaseQuery.Refuse("name the body to keep");
            var moved = await BodyQuery.MergeAsync(connection, keep, parse.GetValue(from) ?? "", ct);
            if (moved == 0) return DatabaseQuery.Refuse($"no meeting is filed under \"{parse.GetValue(from)}\"");
            Console.Out.WriteLine($"{moved} meetings of \"{parse.GetValue(from)}\" now filed under \"{keep}\"");
            return 0;
        }));
        return cmd;
    }
}
