using System.CommandLine;
using System.Globalization;
using MinutesIngest.Ingest.Jobs;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Web.Exports;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes queue status</c>: the ingest queue's jobs by state, the live servers and recent throughput (the figures of the queue page).</summary>
internal static class QueueCommand
{
    public static Command Create()
    {
        var database = new DatabaseOptions();
        var format = QueryOptions.Format("table", "json");
        var status = new Command("status", "Jobs queued, running, retrying, failed and done; servers; documents/s and pages/s stored lately") { format };
        database.AddTo(status);
        status.SetAction((parse, ct) => DatabaseQuery.RunAsync(database, parse, ct, async connection =>
        {
            var storage = JobQueueStorage.Use(database.ResolveConnectionString(parse));
            var counts = JobQueueStatus.Read(storage);
            var throughput = await RecentThroughput.ReadAsync(connection, cancellationToken: ct);
            if (parse.GetValue(format) == "json") JsonOutput.Write(Console.Out, new { Queue = counts, Throughput = throughput });
            else
            {
                Console.WriteLine(Describe(counts));
                Console.WriteLine(Describe(throughput));
            }
            return 0;
        }));
        return new Command("queue", "The distributed ingest queue (Hangfire over the project's PostgreSQL)") { status };
    }

    public static string Describe(JobQueueStatus s) => string.Create(CultureInfo.InvariantCulture,
        $"queued {s.Queued}, running {s.Running}, retrying {s.Retrying}, failed {s.Failed}, done {s.Done}; {s.Servers} server(s); {s.DonePerMinute:0.#} jobs/min in the last hour");

    public static string Describe(RecentThroughput t) => string.Create(CultureInfo.InvariantCulture,
        $"last {t.Window.TotalMinutes:0} min: {t.Documents} documents, {t.Pages} pages stored; {t.DocumentsPerSecond:0.###} documents/s, {t.PagesPerSecond:0.###} pages/s");
}
