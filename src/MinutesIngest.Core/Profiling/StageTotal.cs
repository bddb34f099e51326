namespace MinutesIngest.Core.Profiling;

/// <summary>Seconds spent in a stage and how many times it ran.</summary>
public readonly record struct StageTotal(double Seconds, int Count)
{
    public static StageTotal operator +(StageTotal a, StageTotal b) => new(a.Seconds + b.Seconds, a.Count + b.Count);
}
