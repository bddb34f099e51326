using MinutesIngest.Ingest.Jobs;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes ingest --queue [--wait]</c>: queues the files for the job servers, and optionally follows the queue until drained.</summary>
internal static class QueuedIngest
{
    public static async Task<int> ExecuteAsync(string connectionString, IReadOnlyList<string> files, bool wait, CancellationToken ct)
    {
        var storage = JobQueueStorage.Use(connectionString);
        var (queued, already, unreadable) = await new IngestJobEnqueuer(storage).EnqueueAsync(files, ct);
        foreach (var (path, error) in unreadable) Console.Error.WriteLine($"error: {path}: unreadable: {error}");
        Console.WriteLine($"{queued} file(s) queued, {already} already queued with the same bytes, {unreadable.Count} unreadable");
        if (!wait) return unreadable.Count > 0 ? 1 : 0;
        JobQueueStatus status;
        while (true)
        {
            status = JobQueueStatus.Read(storage);
            Console.Error.Write($"\r{QueueCommand.Describe(status)}   ");
            if (status.Drained) break;
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
        }
        Console.Error.WriteLine();
        if (status.Servers == 0 && status.Queued > 0) Console.Error.WriteLine("no job server is running: start one with `minutes work`");
        return status.Failed > 0 || unreadable.Count > 0 ? 1 : 0;
    }
}
