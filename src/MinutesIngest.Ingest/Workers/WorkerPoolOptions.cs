using MinutesIngest.Core;

namespace MinutesIngest.Ingest.Workers;

/// <summary>Limits of the worker pool; each default is safe for a laptop and generous for real minutes.</summary>
public sealed record WorkerPoolOptions
{
    /// <summary>Workers kept; one document at a time each.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Wall-clock limit for one document, from sending it to reading the answer.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Managed heap cap of a worker (DOTNET_GCHeapHardLimit); its resident size is also watched at 1.5× this.</summary>
    public long MemoryCapBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Documents a worker handles before it is replaced, so slow leaks and fragmentation never build up.</summary>
    public int RecycleAfter { get; init; } = 500;

    /// <summary>When set, each worker writes its stage timings there as it exits (<see cref="WorkerProfileFile"/>).</summary>
    public string? ProfileDirectory { get; init; }

    /// <summary>How the workers read files (limits, OCR, suggestions): sent to each worker in its handshake.</summary>
    public ExtractionSettings Extraction { get; init; } = new();
}
