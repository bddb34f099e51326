using System.Diagnostics;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Hostile;

/// <summary>An ingest killed with SIGKILL (no chance to clean up) does not leave its workers parsing on their own.</summary>
[Collection(PostgresCollection.Name)]
public sealed class OrphanWorkerTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Workers_of_a_killed_ingest_exit_even_in_the_middle_of_a_document()
    {
        using var folder = new TempFolder();
        // A document the parser never finishes keeps a worker busy, so only its parent watch can end it.
        folder.Write("endless.txt", HostileCorpus.HostileCorpusWriter.Bytes("endless-items.txt"));
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "minutes.dll"), "ingest", folder.Path, "--include-all", "--quiet", "--db", postgres.CreateDatabase() })
            info.ArgumentList.Add(a);
        using var ingest = Process.Start(info)!;
        _ = ingest.StandardOutput.ReadToEndAsync();
        _ = ingest.StandardError.ReadToEndAsync();

        var workers = new List<int>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (workers.Count == 0 && DateTime.UtcNow < deadline && !ingest.HasExited)
        {
            await Task.Delay(100);
            workers = ChildrenOf(ingest.Id);
        }
        Assert.NotEmpty(workers);
        await Task.Delay(1000); // the worker is now inside the document
        ingest.Kill(entireProcessTree: false);
        await ingest.WaitForExitAsync();

        var gone = DateTime.UtcNow.AddSeconds(15);
        while (workers.Any(IsRunning) && DateTime.UtcNow < gone) await Task.Delay(100);
        Assert.DoesNotContain(workers, IsRunning);
    }

    private static List<int> ChildrenOf(int parent)
    {
        var children = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var ppid = File.ReadLines(Path.Combine(dir, "status")).FirstOrDefault(l => l.StartsWith("PPid:", StringComparison.Ordinal));
                if (ppid != null && int.Parse(ppid["PPid:".Length..].Trim()) == parent) children.Add(pid);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return children;
    }

    // A zombie (exited, not yet reaped) counts as gone: it runs nothing.
    private static bool IsRunning(int pid)
    {
        try
        {
            var state = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("State:", StringComparison.Ordinal));
            return state != null && !state.Contains('Z');
        }
        catch (IOException) { return false; }
    }
}
