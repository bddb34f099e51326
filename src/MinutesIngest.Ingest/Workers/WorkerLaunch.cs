namespace MinutesIngest.Ingest.Workers;

/// <summary>How to start a worker process: a program and the arguments before the worker's own options.</summary>
public sealed record WorkerLaunch(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>This executable in worker mode (<c>minutes worker</c>), also when it runs as <c>dotnet minutes.dll</c>.</summary>
    public static WorkerLaunch ForCurrentExecutable(string workerCommand = "worker")
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("the path of this executable is unknown");
        // Under the dotnet host, the program is the host and the entry assembly is its first argument.
        if (Path.GetFileNameWithoutExtension(process) == "dotnet")
            return new WorkerLaunch(process, [Environment.GetCommandLineArgs()[0], workerCommand]);
        return new WorkerLaunch(process, [workerCommand]);
    }

    /// <summary>The CLI assembly at <paramref name="assemblyPath"/> run through the dotnet host (tests, tools).</summary>
    public static WorkerLaunch ForAssembly(string assemblyPath, string workerCommand = "worker") =>
        new(Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet",
            [assemblyPath, workerCommand]);
}
