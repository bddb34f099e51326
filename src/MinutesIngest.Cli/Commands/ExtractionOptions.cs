using System.CommandLine;
using MinutesIngest.Core;
using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Core.Extraction.Ocr;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Ingest.Workers;

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

    public Option<int> MaxZipEntries { get; } = new("--max-zip-entries")
    {
        Description = "most parts a DOCX package may hold (reason bomb above it)",
        DefaultValueFactory = _ => new InputLimits().MaxZipEntries,
    };

    public Option<int> OcrProcesses { get; } = new("--ocr-processes")
    {
        Description = "most Tesseract processes each worker runs at once (default: one per core)",
    };

    public Option<bool> NoLineRoles { get; } = new("--no-line-roles")
    {
        Description = "rules only (the default; kept so older scripts still run)",
    };

    public Option<bool> UseLineRoles { get; } = new("--line-roles")
    {
        Description = "let the learned line-role layer add what the rules did not find (off by default: it lowered scores on unseen minutes)",
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { InProcess, Timeout, WorkerMemory, RecycleAfter, MaxFileMb, MaxTextMb, MaxZipEntries, OcrProcesses, NoLineRoles, UseLineRoles })
            command.Options.Add(option);
    }

    /// <summary>Adds only the options that decide how a file is read (limits, line roles), for commands that read in this process.</summary>
    public void AddReadingTo(Command command)
    {
        foreach (var option in new Option[] { MaxFileMb, MaxTextMb, MaxZipEntries, OcrProcesses, NoLineRoles, UseLineRoles })
            command.Options.Add(option);
    }

    public InputLimits Limits(ParseResult parse) => Settings(parse).Limits;

    /// <summary>The pipeline in this process, built from the same settings a worker would receive.</summary>
    public MinutesExtractor Pipeline(ParseResult parse, bool suggestions = false)
    {
        var settings = Settings(parse, suggestions);
        return MinutesExtractor.For(settings, suggestions ? Suggestions.Classifier : null, LineRoles.Advisor);
    }

    /// <summary>The one settings record of a command: every extractor it builds, in process or in workers, reads with it.</summary>
    public ExtractionSettings Settings(ParseResult parse, bool suggestions = false) => new()
    {
        Limits = new InputLimits
        {
            MaxFileBytes = Math.Max(1, parse.GetValue(MaxFileMb)) * MiB,
            MaxTextBytes = Math.Max(1, parse.GetValue(MaxTextMb)) * MiB,
            MaxZipEntries = Math.Max(1, parse.GetValue(MaxZipEntries)),
        },
        Ocr = parse.GetValue(OcrProcesses) is > 0 and var processes ? new OcrEngineOptions { Processes = processes } : new OcrEngineOptions(),
        SuggestedActions = suggestions,
        LearnedLineRoles = parse.GetValue(UseLineRoles) && !parse.GetValue(NoLineRoles),
    };

    /// <summary>The extractor the options ask for; the caller disposes it (a pool owns worker processes).</summary>
    /// <param name="parse">The parsed command line holding the OCR and worker options.</param>
    /// <param name="parallelism">How many documents are extracted at once.</param>
    /// <param name="suggestions">Whether records carry suggested actions (the workers then load the model).</param>
    /// <param name="profileDirectory">When given, workers leave their stage timings there as they exit.</param>
    public IMinutesFileExtractor Create(ParseResult parse, int parallelism, bool suggestions = true, string? profileDirectory = null)
    {
        var settings = Settings(parse, suggestions);
        if (parse.GetValue(InProcess)) return new InProcessMinutesFileExtractor(settings, suggestions ? Suggestions.Classifier : null,
            settings.LearnedLineRoles ? LineRoles.Advisor : null);
        return new WorkerPoolMinutesFileExtractor(CliWorkerLaunch(), new WorkerPoolOptions
        {
            Workers = parallelism,
            Timeout = TimeSpan.FromSeconds(Math.Max(0.001, parse.GetValue(Timeout))),
            MemoryCapBytes = Math.Max(32, parse.GetValue(WorkerMemory)) * MiB,
            RecycleAfter = Math.Max(1, parse.GetValue(RecycleAfter)),
            Extraction = settings,
            ProfileDirectory = profileDirectory,
        });
    }

    // This executable in worker mode; when the commands run inside another host (a test runner), the minutes assembly
    // beside this one.
    private static WorkerLaunch CliWorkerLaunch() =>
        System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name == "minutes"
            ? WorkerLaunch.ForCurrentExecutable()
            : WorkerLaunch.ForAssembly(Path.Combine(AppContext.BaseDirectory, "minutes.dll"));
}
