using System.Diagnostics;

namespace MinutesIngest.Core.Profiling;

/// <summary>Process-wide running totals of the time each pipeline stage took, read by <c>ingest --profile</c>.</summary>
/// <remarks>Always on: a timestamp pair and a locked add per stage per page cost microseconds against milliseconds of work,
/// and a profile that must first be switched on measures a different program.</remarks>
public static class StageClock
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, StageTotal> Totals = new(StringComparer.Ordinal);

    /// <summary>Starts timing <paramref name="stage"/>; disposing the result adds the elapsed time to its total.</summary>
    public static StageTiming Time(string stage) => new(stage, Stopwatch.GetTimestamp());

    /// <summary>Adds <paramref name="elapsed"/> (and <paramref name="count"/> occurrences) to the total of <paramref name="stage"/>.</summary>
    public static void Add(string stage, TimeSpan elapsed, int count = 1)
    {
        lock (Gate) Totals[stage] = Totals.GetValueOrDefault(stage) + new StageTotal(elapsed.TotalSeconds, count);
    }

    /// <summary>The totals so far, by stage.</summary>
    public static IReadOnlyDictionary<string, StageTotal> Snapshot()
    {
        lock (Gate) return new Dictionary<string, StageTotal>(Totals, StringComparer.Ordinal);
    }
}
