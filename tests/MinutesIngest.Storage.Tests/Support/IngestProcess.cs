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
}
