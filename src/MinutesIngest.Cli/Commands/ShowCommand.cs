using MinutesIngest.Core.Minutes;
using System.CommandLine;
using MinutesIngest.Cli.Rendering;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Web.Exports;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes show MEETING</c>: one stored meeting as it was extracted, found by document id or path.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var meeting = new Argument<string>("meeting") { Description = "document id (as search and actions print it) or the file's path, or a unique part of it" };
        var format = QueryOptions.Format("table", "json");
        var database = new DatabaseOptions();
        var cmd = new Command("show", "Print one stored meeting: metadata, attendance, items, actions and source file") { meeting, format };
        database.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseQuery.RunAsync(database, parse, ct, async connection =>
        {
            var found = await MeetingQuery.FindAsync(connection, parse.GetValue(meeting) ?? "", ct);
            if (found.Meeting is not { } detail)
            {
                foreach (var candidate in found.Candidates) Console.Error.WriteLine(candidate);
                return DatabaseQuery.Refuse(found.Message ?? "no such meeting");
            }
            if (parse.GetValue(format) == "json") Console.Out.WriteLine(MeetingJson.Serialize(detail));
            else
            {
                SummaryRenderer.Write(Console.Out, $"{detail.DocumentPath} (document {detail.DocumentId})", MeetingRecord.From(detail), detail.OcrPageConfidence);
                if (detail.Series != null) Console.Out.WriteLine($"series: {detail.Series}");
                Console.Out.WriteLine($"result: {DocumentResultCodes.Code(detail.Result)}" + (detail.Warnings.Count == 0 ? "" : $" ({detail.Warnings.Count} warnings)"));
                foreach (var warning in detail.Warnings) Console.Out.WriteLine($"  warning: {warning}");
                Console.Out.WriteLine($"sources ({detail.Sources.Count}):");
                foreach (var s in detail.Sources) Console.Out.WriteLine($"  {s.Role,-4} {s.Status,-7} {s.Format,-8} document {s.DocumentId}  {s.Path}");
            }
            return 0;
        }));
        return cmd;
    }
}
