using System.Security.Cryptography;
using Hangfire;
using Hangfire.States;

namespace MinutesIngest.Ingest.Jobs;

/// <summary>Puts one ingest job per file on the queue, keyed by path and SHA-256 so enqueueing the same file again does nothing.</summary>
public sealed class IngestJobEnqueuer(JobStorage storage)
{
    // A Hangfire set (its own storage, not a table of ours) remembers every (path, bytes) ever queued.
    private const string QueuedSet = "minutes:queued-files";

    /// <summary>Queues the files not queued before with the same bytes; returns how many were queued and how many were already.</summary>
    public async Task<(int Queued, int AlreadyQueued, IReadOnlyList<(string Path, string Error)> Unreadable)> EnqueueAsync(
        IReadOnlyList<string> files, CancellationToken cancellationToken = default)
    {
        var client = new BackgroundJobClient(storage);
        using var connection = storage.GetConnection();
        // One enqueuer at a time, so two machines queueing the same share do not both queue a file.
        using var _ = connection.AcquireDistributedLock("minutes:enqueue", TimeSpan.FromMinutes(1));
        var known = connection.GetAllItemsFromSet(QueuedSet);
        int queued = 0, already = 0;
        var unreadable = new List<(string, string)>();
        foreach (var path in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string sha;
            try { sha = await Sha256Async(path, cancellationToken); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { unreadable.Add((path, e.Message)); continue; }
            var key = FileJobKey.For(path, sha);
            if (!known.Add(key)) { already++; continue; }
            client.Create<IngestFileJob>(job => job.Run(path, sha, null, CancellationToken.None), new EnqueuedState(JobQueueStorage.Queue));
            using var transaction = connection.CreateWriteTransaction();
            transaction.AddToSet(QueuedSet, key);
            transaction.Commit();
            queued++;
        }
        return (queued, already, unreadable);
    }

    private static async Task<string> Sha256Async(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}
