using System.Text.Json;
using MinutesIngest.Core.Profiling;

namespace MinutesIngest.Ingest.Workers;

/// <summary>The stage totals a worker leaves behind at exit when the ingest asks for a profile, and their sum over workers.</summary>
/// <remarks>A file per worker rather than a field of each reply: start-up, JIT and the reply's own serialisation are only
/// known once the worker is done, and recycled or replaced workers must count too.</remarks>
public static class WorkerProfileFile
{
    /// <summary>The environment variable naming the folder a worker writes its profile to; unset, it writes none.</summary>
    public const string DirectoryVariable = "MINUTES_PROFILE_DIR";

    /// <summary>Writes this process's totals to the folder the environment names, if any.</summary>
    public static void WriteIfAsked()
    {
        if (Environment.GetEnvironmentVariable(DirectoryVariable) is not { Length: > 0 } folder || !Directory.Exists(folder)) return;
        var path = Path.Combine(folder, $"worker-{Environment.ProcessId}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(StageClock.Snapshot()));
    }

    /// <summary>The totals of every worker profile in <paramref name="folder"/>, summed by stage, and how many workers wrote one.</summary>
    public static (IReadOnlyDictionary<string, StageTotal> Totals, int Workers) Sum(string folder)
    {
        var totals = new Dictionary<string, StageTotal>(StringComparer.Ordinal);
        var workers = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "worker-*.json"))
        {
            var one = JsonSerializer.Deserialize<Dictionary<string, StageTotal>>(File.ReadAllText(file));
            if (one == null) continue;
            workers++;
            foreach (var (stage, total) in one) totals[stage] = totals.GetValueOrDefault(stage) + total;
        }
        return (totals, workers);
    }
}
