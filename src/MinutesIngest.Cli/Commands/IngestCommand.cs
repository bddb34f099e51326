using System.CommandLine;
using MinutesIngest.Storage;
using MinutesIngest.Storage.Ingest;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes ingest PATH…</c>: stores every document under the paths; unchanged files are skipped, changed ones replaced, failures recorded.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "files or folders (walked recursively; *.json and hidden entries are left out)" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "no progress and no summary unless something failed" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "files extracted in parallel (default: number of cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var database = new DatabaseOptions();
        var cmd = new Command("ingest", "Extract documents and store them in the database (idempotent: a rerun skips what is stored)") { paths, quiet, jobs };
        database.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseCommandErrors.Guard(async () =>
        {
            await using var db = await MinutesDatabase.OpenAsync(database.ResolveConnectionString(parse), ct);
            var files = InputFileFinder.Find(parse.GetValue(paths)!);
            var options = new IngestOptions { Parallelism = Math.Max(1, parse.GetValue(jobs)) };
            return await IngestRun.ExecuteAsync(db, files, options, parse.GetValue(quiet), ct);
        }));
        return cmd;
    }
}
