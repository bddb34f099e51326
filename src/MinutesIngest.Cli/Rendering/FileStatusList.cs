using System.Globalization;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Writing;

namespace MinutesIngest.Cli.Rendering;

/// <summary>One line per file with its final status: <c>status reason seconds path</c>, in path order.</summary>
internal static class FileStatusList
{
    public static void Write(TextWriter writer, IngestReport report)
    {
        foreach (var r in report.Results.OrderBy(r => r.Path, StringComparer.Ordinal))
        {
            var seconds = r.ExtractionTime is { } t ? t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + "s" : "-";
            writer.WriteLine($"{r.OutcomeCode,-8} {r.Reason ?? r.DocumentClass ?? "-",-14} {seconds,8} {r.Path}");
        }
    }
}
