using System.Diagnostics;

namespace MinutesIngest.Ingest.Tests;

/// <summary>A <c>minutes work</c> job server in its own process, as it would run on another machine.</summary>
public sealed class JobServerProcess : IDisposable
{
    private readonly Process _process;

    private JobServerProcess(Process process) => _process = process;

    public int ProcessId => _process.Id;

    public static JobServerProcess Start(string connectionString, TimeSpan takeOverAfter, params string[] options)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] arguments = [Path.Combine(AppContext.BaseDirectory, "minutes.dll"), "work", "--db", connectionString, "--jobs", "1",
                     "--include-all", "--take-over-after", ((int)takeOverAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture), "--timeout", "180", .. options];
        foreach (var a in arguments) info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        // Drained so a full pipe never blocks the server.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new JobServerProcess(process);
    }

    /// <summary>SIGKILL: no chance to tidy up, as when a machine loses power.</summary>
    public void Kill() => _process.Kill(entireProcessTree: false);

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
    }
}
