using MinutesIngest.Cli.Rendering;
using MinutesIngest.Storage;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Ingest.Workers;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Writing;

namespace MinutesIngest.Cli.Commands;

/// <summary>Runs the ingest pipeline with the right progress display and prints the closing summary; shared by ingest and reparse.</summary>
internal static class IngestRun
{
    /// <summary>The exit code of a run stopped by Ctrl-C (128 + SIGINT, as shells report it).</summary>
    public const int InterruptedExitCode = 130;

    public static async Task<int> ExecuteAsync(MinutesDatabase database, IMinutesFileExtractor extractor, IReadOnlyList<string> files, IngestOptions options,
        IngestRunDisplay display, CancellationToken ct)
    {
        var pipeline = (IIngestObserver? observer) => new IngestPipeline(database, extractor, options, observer).RunAsync(files, ct);
        IngestReport report;
        if (display.Quiet) report = await pipeline(null);
        else if (Console.IsOutputRedirected) report = await pipeline(new PlainIngestLog(Console.Error));
        else report = await TerminalIngestProgress.RunAsync(o => pipeline(o));

        if (report.Interrupted)
        {
            // The token is cancelled: nothing more may wait on it, and the summary is the one line that matters.
            Console.Out.WriteLine(IngestReportRenderer.InterruptedLine(report));
            return InterruptedExitCode;
        }
        if (display.Each) FileStatusList.Write(Console.Out, report);
        await using var connection = await database.OpenConnectionAsync(ct);
        var totals = (await DatabaseSummary.LoadAsync(connection, ct)).Totals;
        if (!display.Quiet || report.Failed > 0)
        {
            IngestReportRenderer.Write(Console.Out, report, totals);
            Console.Out.WriteLine(MemoryLine(extractor));
        }
        return report.Failed > 0 ? 1 : 0;
    }

    private static string MemoryLine(IMinutesFileExtractor extractor)
    {
        var line = $"memory: ingest peak {ProcessMemory.PeakResidentBytes(Environment.ProcessId) / (1024 * 1024)} MB resident";
        if (extractor is WorkerPoolMinutesFileExtractor pool)
            line += $"; workers peak {pool.PeakWorkerBytes / (1024 * 1024)} MB, {pool.WorkersStarted} started, {pool.WorkersReplaced} replaced after a failure";
        else line += " (extraction in process)";
        return line;
    }
}
