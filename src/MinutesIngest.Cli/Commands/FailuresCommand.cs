using System.CommandLine;
using MinutesIngest.Cli.Rendering;
using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes failures</c>: every file whose latest attempt failed, with its reason, what it means and what to do.</summary>
internal static class FailuresCommand
{
    public static Command Create()
    {
        var format = QueryOptions.Format("table", "csv", "json");
        var database = new DatabaseOptions();
        var cmd = new Command("failures", "List the files whose latest ingest failed, with the reason, what it means and what to do") { format };
        database.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseQuery.RunAsync(database, parse, ct, async connection =>
        {
            FailuresRenderer.Write(Console.Out, parse.GetValue(format)!, await FailedDocumentQuery.RunAsync(connection, ct));
            return 0;
        }));
        return cmd;
    }
}
