using System.Diagnostics;

namespace MinutesIngest.Core.Profiling;

/// <summary>One running measurement of a stage; its total grows when it is disposed.</summary>
public readonly struct StageTiming(string stage, long startedAt) : IDisposable
{
    public void Dispose() => StageClock.Add(stage, Stopwatch.GetElapsedTime(startedAt));
}
