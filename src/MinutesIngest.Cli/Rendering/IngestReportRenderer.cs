using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Writing;

namespace MinutesIngest.Cli.Rendering;

/// <summary>The closing summary of an ingest or reparse run.</summary>
internal static class IngestReportRenderer
{
    public static void Write(TextWriter writer, IngestReport report, DatabaseTotals totals)
    {
        var rate = report.Elapsed.TotalSeconds > 0 ? report.Total / report.Elapsed.TotalSeconds : 0;
        var earlier = report.FailedEarlier > 0 ? $" ({report.FailedEarlier} of them in an earlier run, unchanged since)" : "";
        writer.WriteLine($"{report.Total} files in {IngestProgressText.Duration(report.Elapsed)} ({rate:0.0} docs/s): " +
                         $"{report.Stored} stored, {report.Skipped} skipped, {report.Replaced} replaced, {report.Failed} failed{earlier}" +
                         (report.Missing > 0 ? $", {report.Missing} missing" : "") +
                         (report.NotMinutes > 0 ? $", {report.NotMinutes} not minutes" : ""));
        if (report.NotMinutes > 0)
            writer.WriteLine("not minutes (documents row only; --include-all stores them): " + string.Join(", ", report.NotMinutesByClass
                .OrderByDescending(g => g.Value).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Value}")));
        if (report.Failed > 0)
        {
            writer.WriteLine("failed by reason: " + string.Join(", ", report.Failures.GroupBy(f => f.Reason ?? FailureReasons.Unknown)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
            writer.WriteLine("failed:");
            // The explanation, not the library's message: "Could not find any xref tables" tells an importer nothing.
            foreach (var f in report.Failures)
                writer.WriteLine($"  {f.Path}: {f.Reason}: {FailureAdvice.For(f.Reason).Explanation}{(f.FromEarlierRun ? " (earlier run)" : "")}");
            writer.WriteLine("what to do for each: minutes failures; read them again: minutes ingest --retry-failed");
        }
        if (report.Missing > 0)
        {
            writer.WriteLine("missing (stored rows left as they were):");
            foreach (var f in report.Results.Where(r => r.Outcome == FileOutcome.Missing)) writer.WriteLine($"  {f.Path}");
        }
        if (report.TwinsMerged > 0)
            writer.WriteLine($"copies of one meeting: {report.TwinsMerged} documents kept as further sources of a meeting stored from a better copy");
        if (report.MeetingsIndexed > 0)
            writer.WriteLine($"word postings: {report.MeetingsIndexed} meetings added in {report.IndexingTime.TotalSeconds:0.0} s");
        writer.WriteLine($"database: {totals.Documents} documents ({totals.Stored} stored, {totals.Failed} failed, {totals.NotMinutes} not minutes), " +
                         $"{totals.Meetings} meetings, {totals.Attendees} attendees, {totals.Items} items, {totals.Actions} actions");
    }

    /// <summary>The closing line of a run stopped by Ctrl-C: files whose current bytes are stored, of those it was given.</summary>
    public static string InterruptedLine(IngestReport report) =>
        $"interrupted: {report.InDatabase} of {report.Planned} stored" + (report.Failed > 0 ? $" ({report.Failed} failed)" : "") + "; run again to resume";
}
