using System.CommandLine;
using MinutesIngest.Ingest.Jobs;
using MinutesIngest.Storage;
using MinutesIngest.Ingest.Pipeline;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes work</c>: a job server that ingests queued files on this machine (any number of machines may run one against the same database).</summary>
internal static class WorkCommand
{
    public static Command Create()
    {
        var jobs = new Option<int>("--jobs", "-j") { Description = "files ingested at once on this machine (default: number of cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var takeOver = new Option<int>("--take-over-after")
        {
            Description = "seconds after which a job held by a server that stopped answering is taken up by another",
            DefaultValueFactory = _ => 300,
        };
        var pagesPerJob = new Option<int>("--ocr-pages-per-job")
        {
            Description = "a queued PDF with more pages than this to OCR is read as jobs of this many pages, shared by every server (0: one job per file)",
            DefaultValueFactory = _ => LongScanSplitter.DefaultPagesPerJob,
        };
        var includeAll = new Option<bool>("--include-all") { Description = "store agendas, meeting papers and other documents as meetings too (as ingest --include-all)" };
        var database = new DatabaseOptions();
        var extraction = new ExtractionOptions();
        var cmd = new Command("work", "Run a job server: ingest files queued by `minutes ingest --queue` until stopped (Ctrl-C)") { jobs, takeOver, pagesPerJob, includeAll };
        database.AddTo(cmd);
        extraction.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseCommandErrors.Guard(async () =>
        {
            var connectionString = database.ResolveConnectionString(parse);
            await using var db = await MinutesDatabase.OpenAsync(connectionString, ct);
            var workers = Math.Max(1, parse.GetValue(jobs));
            var storage = JobQueueStorage.Use(connectionString, TimeSpan.FromSeconds(Math.Max(5, parse.GetValue(takeOver))));
            // Each job runs the ordinary ingest of one file; the extraction pool is shared by the server's jobs.
            var options = new IngestOptions { Parallelism = 1, Limits = extraction.Limits(parse), IncludeAll = parse.GetValue(includeAll) };
            var extractor = extraction.Create(parse, workers);
            try
            {
                Console.Error.WriteLine($"job server {Environment.MachineName}:{Environment.ProcessId} running {workers} job(s) at a time; Ctrl-C stops it");
                var scans = new LongScanSplitter(db, extractor, options, Math.Max(0, parse.GetValue(pagesPerJob)));
                var jobsOfThisServer = new IngestJobActivator(new IngestFileJob(db, extractor, options, scans), new OcrPagesJob(db, extractor, options));
                await IngestJobServer.RunAsync(storage, jobsOfThisServer, workers, ct);
                Console.Error.WriteLine("job server stopped; unfinished jobs go back to the queue");
                return 0;
            }
            finally { (extractor as IDisposable)?.Dispose(); }
        }));
        return cmd;
    }
}
