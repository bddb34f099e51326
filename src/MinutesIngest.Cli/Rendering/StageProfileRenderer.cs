using System.Globalization;
using MinutesIngest.Core.Profiling;

namespace MinutesIngest.Cli.Rendering;

/// <summary>The table <c>ingest --profile</c> prints: seconds per stage in the ingest process and summed over its workers.</summary>
internal static class StageProfileRenderer
{
    public static void Write(TextWriter writer, TimeSpan wall, IReadOnlyDictionary<string, StageTotal> ingest,
        IReadOnlyDictionary<string, StageTotal> workers, int workerCount)
    {
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"profile: wall {wall.TotalSeconds:0.00} s; ingest process, and {workerCount} worker process(es) summed (seconds of each stage's own clock; stages of parallel threads add up past the wall)"));
        // The share is of the workers' lifetime: the time the extraction processes existed.
        var lifetime = workers.GetValueOrDefault(StageNames.WorkerLifetime).Seconds;
        foreach (var (stage, total) in workers.OrderBy(s => Order(s.Key)).ThenByDescending(s => s.Value.Seconds))
        {
            var share = lifetime > 0 && stage != StageNames.WorkerLifetime ? $"{100 * total.Seconds / lifetime,5:0.0} %" : "";
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-78} {total.Seconds,8:0.000} s {total.Count,7} {share}"));
        }
        foreach (var (stage, total) in ingest.OrderByDescending(s => s.Value.Seconds))
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-78} {total.Seconds,8:0.000} s {total.Count,7}"));
    }

    // Worker-wide figures first (start-up, JIT, GC), then the per-document stages.
    private static int Order(string stage) => stage.StartsWith("worker:", StringComparison.Ordinal) ? 0 : 1;
}
