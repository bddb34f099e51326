using System.CommandLine;
using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Storage.Ingest;
using MinutesIngest.Storage.Ingest.Workers;

namespace MinutesIngest.Cli.Commands;

/// <summary>The options of commands that extract many files: isolation in workers (the default), their limits, and size caps.</summary>
internal sealed class ExtractionOptions
{
    private const long MiB = 1024 * 1024;

    public Option<bool> InProcess { get; } = new("--in-process")
    {
        Description = "extract inside this process instead of in worker processes (debugging only: a hostile file can crash or hang the run)",
    };

    public Option<double> Timeout { get; } = new("--timeout")
    {
        Description = "wall-clock limit per document in seconds; the worker is killed past it (reason timeout)",
        DefaultValueFactory = _ => 120,
    };

    public Option<int> WorkerMemory { get; } = new("--worker-memory-mb")
    {
        Description = "heap cap of each worker in MB (reason out_of_memory past it)",
        DefaultValueFactory = _ => 512,
    };

    public Option<int> RecycleAfter { get; } = new("--recycle-after")
    {
        Description = "documents a worker extracts before it is replaced",
        DefaultValueFactory = _ => 500,
    };

    public Option<int> MaxFileMb { get; } = new("--max-file-mb")
    {
        Description = "largest PDF or DOCX in MB (reason too_large above it)",
        DefaultValueFactory = _ => (int)(new InputLimits().MaxFileBytes / MiB),
    };

    public Option<int> MaxTextMb { get; } = new("--max-text-mb")
    {
        Description = "largest text or HTML file in MB (reason too_large above it)",
        DefaultValueFactory = _ => (int)(new InputLimits().MaxTextBytes / MiB),
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { InProcess, Timeout, WorkerMemory, RecycleAfter, MaxFileMb, MaxTextMb }) command.Options.Add(option);
    }

    public InputLimits Limits(ParseResult parse) => new()
    {
        MaxFileBytes = Math.Max(1, parse.GetValue(MaxFileMb)) * MiB,
        MaxTextBytes = Math.Max(1, parse.GetValue(MaxTextMb)) * MiB,
    };

    /// <summary>The extractor the options ask for; the caller disposes it (a pool owns worker processes).</summary>
    /// <param name="suggestions">Whether records carry suggested actions (the workers then load the model).</param>
    public IMinutesFileExtractor Create(ParseResult parse, int parallelism, bool suggestions = true)
    {
        var limits = Limits(parse);
        if (parse.GetValue(InProcess)) return new InProcessMinutesFileExtractor(limits, suggestions ? Suggestions.Classifier : null, LineRoles.Advisor);
        var launch = CliWorkerLaunch();
        return new WorkerPoolMinutesFileExtractor(suggestions ? launch with { Arguments = [.. launch.Arguments, "--suggestions"] } : launch, new WorkerPoolOptions
        {
            Workers = parallelism,
            Timeout = TimeSpan.FromSeconds(Math.Max(0.001, parse.GetValue(Timeout))),
            MemoryCapBytes = Math.Max(32, parse.GetValue(WorkerMemory)) * MiB,
            RecycleAfter = Math.Max(1, parse.GetValue(RecycleAfter)),
            Limits = limits,
        });
    }

    // This executable in worker mode; when the commands run inside another host (a test runner), the minutes assembly
    // beside this one.
    private static WorkerLaunch CliWorkerLaunch() =>
        System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name == "minutes"
            ? WorkerLaunch.ForCurrentExecutable()
            : WorkerLaunch.ForAssembly(Path.Combine(AppContext.BaseDirectory, "minutes.dll"));
}
