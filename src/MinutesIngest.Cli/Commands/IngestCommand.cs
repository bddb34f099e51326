using System.CommandLine;
using MinutesIngest.Storage;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes ingest PATH…</c>: stores every document under the paths; unchanged files are skipped, changed ones replaced, failures recorded.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.ZeroOrMore, Description = "files or folders (walked recursively; *.json and hidden entries are left out)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "no progress and no summary unless something failed" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "files extracted in parallel (default: number of cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var each = new Option<bool>("--each") { Description = "after the run, print one line per file with its final status and reason" };
        var queue = new Option<bool>("--queue") { Description = "do not ingest here: queue one job per file for the job servers (`minutes work`) and exit" };
        var wait = new Option<bool>("--wait") { Description = "with --queue: follow the queue until it is drained" };
        var includeAll = new Option<bool>("--include-all") { Description = "store agendas, meeting papers and other documents as meetings too (triage sets them aside by default)" };
        var body = new Option<string>("--body") { Description = "the body meetings are filed under when a document names none" };
        var bodyFromFolder = new Option<bool>("--body-from-folder") { Description = "file a document naming no body under the first folder level below the path given" };
        var profile = new Option<bool>("--profile") { Description = "after the run, print where the time went: seconds per stage in this process and summed over the workers" };
        var retry = new Option<bool>("--retry-failed")
        {
            Description = "read again the files whose last attempt failed, even with unchanged bytes (without PATHs: every failed file in the database)",
        };
        var database = new DatabaseOptions();
        var extraction = new ExtractionOptions();
        var cmd = new Command("ingest", "Extract documents (in worker processes) and store them in the database (idempotent: a rerun skips what is stored)") { paths, quiet, jobs, each, includeAll, body, bodyFromFolder, queue, wait, retry, profile };
        database.AddTo(cmd);
        extraction.AddTo(cmd);
        cmd.Validators.Add(result =>
        {
            if (result.GetValue(paths) is not { Length: > 0 } && !result.GetValue(retry)) result.AddError("ingest needs at least one file or folder (or --retry-failed)");
        });
        cmd.SetAction((parse, ct) => DatabaseCommandErrors.Guard(async () =>
        {
            var connectionString = database.ResolveConnectionString(parse);
            await using var db = await MinutesDatabase.OpenAsync(connectionString, ct);
            var files = await FilesAsync(db, parse.GetValue(paths) ?? [], ct);
            if (parse.GetValue(queue)) return await QueuedIngest.ExecuteAsync(connectionString, files, parse.GetValue(wait), ct);
            var options = new IngestOptions
            {
                Parallelism = Math.Max(1, parse.GetValue(jobs)), Limits = extraction.Limits(parse), RetryFailed = parse.GetValue(retry),
                IncludeAll = parse.GetValue(includeAll),
                BodyForPath = ImporterBody.For(parse.GetValue(paths) ?? [], parse.GetValue(body), parse.GetValue(bodyFromFolder)),
            };
            using var profiling = parse.GetValue(profile) ? new IngestProfiling() : null;
            var extractor = extraction.Create(parse, options.Parallelism, profileDirectory: profiling?.WorkerDirectory);
            try { return await IngestRun.ExecuteAsync(db, extractor, files, options, new IngestRunDisplay(parse.GetValue(quiet), parse.GetValue(each)), ct); }
            finally
            {
                // Workers write their profiles as they exit, so the pool goes first.
                (extractor as IDisposable)?.Dispose();
                profiling?.Write(Console.Out);
            }
        }));
        return cmd;
    }

    // --retry-failed without paths retries what the database lists as failed; with paths, only those files are read.
    private static async Task<IReadOnlyList<string>> FilesAsync(MinutesDatabase db, string[] paths, CancellationToken ct)
    {
        if (paths.Length > 0) return InputFileFinder.Find(paths);
        await using var connection = await db.OpenConnectionAsync(ct);
        return await FailedDocumentQuery.PathsAsync(connection, ct);
    }
}
