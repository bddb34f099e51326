using System.Diagnostics;

namespace MinutesIngest.Cli.Tests.Queries;

/// <summary>Runs the built <c>minutes</c> command as a separate process, as a user would, and captures what it prints.</summary>
internal static class MinutesProcess
{
    public sealed record Output(int ExitCode, string Stdout, string Stderr);

    /// <summary>What the command printed on stdout; fails the test with its stderr when it exits non-zero.</summary>
    public static async Task<string> StdoutAsync(params string[] args)
    {
        var output = await RunAsync(args);
        Assert.True(output.ExitCode == 0, $"exit {output.ExitCode}: {output.Stderr}");
        return output.Stdout;
    }

    public static Task<Output> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string>(), args);

    /// <summary>Runs with extra environment variables (e.g. a PATH that puts a stand-in tool first).</summary>
    public static async Task<Output> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "minutes"))
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // A guard against a hang, not a speed test: an eval of the scans on a loaded machine takes minutes.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new Output(process.ExitCode, await stdout, await stderr);
    }
}
