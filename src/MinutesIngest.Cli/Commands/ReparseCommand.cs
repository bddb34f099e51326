using System.CommandLine;
using MinutesIngest.Core.Parsing;
using MinutesIngest.Storage;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes reparse</c>: re-extracts stored (and failed) documents whose parser version is older than this build's.</summary>
internal static class ReparseCommand
{
    public static Command Create()
    {
        var quiet = new Option<bool>("--quiet", "-q") { Description = "no progress and no summary unless something failed" };
        var all = new Option<bool>("--all") { Description = "re-extract every document, whatever its parser version" };
        var database = new DatabaseOptions();
        var extraction = new ExtractionOptions();
        var cmd = new Command("reparse", $"Re-extract documents stored by an older parser (current version {ParserVersion.Current})") { quiet, all };
        database.AddTo(cmd);
        extraction.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseCommandErrors.Guard(async () =>
        {
            await using var db = await MinutesDatabase.OpenAsync(database.ResolveConnectionString(parse), ct);
            StoredDocumentIndex index;
            await using (var connection = await db.OpenConnectionAsync(ct))
                index = await StoredDocumentIndex.LoadAsync(connection, ct);
            var stale = index.OlderThan(parse.GetValue(all) ? int.MaxValue : ParserVersion.Current).Select(d => d.Path).ToList();
            if (stale.Count == 0 && !parse.GetValue(quiet)) Console.Out.WriteLine($"nothing to reparse: every document is at parser version {ParserVersion.Current}");
            if (stale.Count == 0) return 0;
            var options = new IngestOptions { SkipUnchanged = false, Limits = extraction.Limits(parse) };
            var extractor = extraction.Create(parse, options.Parallelism);
            try { return await IngestRun.ExecuteAsync(db, extractor, stale, options, new IngestRunDisplay(parse.GetValue(quiet), Each: false), ct); }
            finally { (extractor as IDisposable)?.Dispose(); }
        }));
        return cmd;
    }
}
