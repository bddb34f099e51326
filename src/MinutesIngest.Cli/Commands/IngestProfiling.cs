using System.Diagnostics;
using MinutesIngest.Cli.Rendering;
using MinutesIngest.Core.Profiling;
using MinutesIngest.Ingest.Workers;

namespace MinutesIngest.Cli.Commands;

/// <summary>One <c>ingest --profile</c> run: a folder for the workers' profiles, the wall clock, and the closing table.</summary>
internal sealed class IngestProfiling : IDisposable
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();

    public string WorkerDirectory { get; } = Directory.CreateTempSubdirectory("minutes-profile-").FullName;

    /// <summary>Prints the ingest's own stages and the workers' summed ones (after the workers have exited).</summary>
    public void Write(TextWriter writer)
    {
        var (workers, count) = WorkerProfileFile.Sum(WorkerDirectory);
        StageProfileRenderer.Write(writer, _wall.Elapsed, StageClock.Snapshot(), workers, count);
    }

    public void Dispose()
    {
        try { Directory.Delete(WorkerDirectory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
