using System.Diagnostics;

namespace MinutesIngest.Storage.Tests.Support;

/// <summary>Starts <c>minutes ingest FOLDER --quiet</c> as a separate process, as a user would, for tests that kill or interrupt it.</summary>
public static class IngestProcess
{
    /// <summary>The started process and what it prints, read as it runs so a full pipe never stalls it.</summary>
    public static (Process Process, Task<string> Stdout, Task<string> Stderr) Start(string connectionString, string folder)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "minutes.dll"), "ingest", folder, "--include-all", "--quiet", "--db", connectionString })
            info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        return (process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    }

    /// <summary>Starts the ingest with its progress log (stderr), each line of either stream handed over as it is printed.</summary>
    /// <remarks>Through <c>env --default-signal=INT</c>: a process started from a shell's background job inherits SIGINT
    /// ignored, and .NET keeps an ignored signal ignored, so the ingest would never see the Ctrl-C the test sends.</remarks>
    public static Process StartInterruptible(string connectionString, string folder, Action<string> stdoutLine, Action<string> stderrLine)
    {
        var info = new ProcessStartInfo("env") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "minutes.dll"), "ingest", folder, "--include-all", "--db", connectionString })
            info.ArgumentList.Add(a);
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data != null) stdoutLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) stderrLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
