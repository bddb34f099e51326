using MinutesIngest.Cli.Rendering;
using MinutesIngest.Storage;
using MinutesIngest.Storage.Ingest;
using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Cli.Commands;

/// <summary>Runs the ingest pipeline with the right progress display and prints the closing summary; shared by ingest and reparse.</summary>
internal static class IngestRun
{
    public static async Task<int> ExecuteAsync(MinutesDatabase database, IReadOnlyList<string> files, IngestOptions options, bool quiet, CancellationToken ct)
    {
        var pipeline = (IIngestObserver? observer) => new IngestPipeline(database, new InProcessMinutesFileExtractor(Suggestions.Classifier), options, observer).RunAsync(files, ct);
        IngestReport report;
        if (quiet) report = await pipeline(null);
        else if (Console.IsOutputRedirected) report = await pipeline(new PlainIngestLog(Console.Error));
        else report = await TerminalIngestProgress.RunAsync(o => pipeline(o));

        await using var connection = await database.OpenConnectionAsync(ct);
        var totals = (await DatabaseSummary.LoadAsync(connection, ct)).Totals;
        if (!quiet || report.Failed > 0) IngestReportRenderer.Write(Console.Out, report, totals);
        return report.Failed > 0 ? 1 : 0;
    }
}
