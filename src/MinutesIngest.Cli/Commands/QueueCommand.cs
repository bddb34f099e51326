using System.CommandLine;
using System.Globalization;
using MinutesIngest.Ingest.Jobs;
using MinutesIngest.Web.Exports;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes queue status</c>: the ingest queue's jobs by state, the live servers and recent throughput.</summary>
internal static class QueueCommand
{
    public static Command Create()
    {
        var database = new DatabaseOptions();
        var format = QueryOptions.Format("table", "json");
        var status = new Command("status", "Jobs queued, running, retrying, failed and done; servers; jobs done per minute in the last hour") { format };
        database.AddTo(status);
        status.SetAction((parse, ct) => DatabaseCommandErrors.Guard(() =>
        {
            var storage = JobQueueStorage.Use(database.ResolveConnectionString(parse));
            var counts = JobQueueStatus.Read(storage);
            if (parse.GetValue(format) == "json") JsonOutput.Write(Console.Out, counts);
            else Console.WriteLine(Describe(counts));
            return Task.FromResult(0);
        }));
        return new Command("queue", "The distributed ingest queue (Hangfire over the project's PostgreSQL)") { status };
    }

    public static string Describe(JobQueueStatus s) => string.Create(CultureInfo.InvariantCulture,
        $"queued {s.Queued}, running {s.Running}, retrying {s.Retrying}, failed {s.Failed}, done {s.Done}; {s.Servers} server(s); {s.DonePerMinute:0.#} jobs/min in the last hour");
}
