using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Cli.Commands;

/// <summary>Extracts files through an <see cref="IMinutesFileExtractor"/> (workers by default) several at a time, handing results back in input order.</summary>
/// <remarks>
/// extract and eval go through the same supervised workers as ingest, so a hostile file costs a worker, under the same
/// time and memory limits, and comes back as a reason (timeout, out_of_memory, crashed) instead of taking the command down.
/// </remarks>
internal static class OrderedExtraction
{
    /// <summary>Runs <paramref name="onResult"/> for each file in order; up to <paramref name="inFlight"/> files are read ahead.</summary>
    public static async Task RunAsync(IMinutesFileExtractor extractor, IEnumerable<string> files, int inFlight, InputLimits limits,
        Action<string, ExtractionOutcome> onResult, CancellationToken cancellationToken = default)
    {
        var pending = new Queue<(string File, Task<ExtractionOutcome> Work)>();
        foreach (var file in files)
        {
            pending.Enqueue((file, Task.Run(() => ExtractAsync(extractor, file, limits, cancellationToken), cancellationToken)));
            if (pending.Count >= inFlight) await Deliver(pending.Dequeue(), onResult);
        }
        while (pending.Count > 0) await Deliver(pending.Dequeue(), onResult);
    }

    private static async Task Deliver((string File, Task<ExtractionOutcome> Work) done, Action<string, ExtractionOutcome> onResult) =>
        onResult(done.File, await done.Work);

    private static async Task<ExtractionOutcome> ExtractAsync(IMinutesFileExtractor extractor, string file, InputLimits limits, CancellationToken ct)
    {
        byte[] content;
        try
        {
            // The largest cap of any kind: the file's own kind is only known from its bytes, checked again in the worker.
            var length = new FileInfo(file).Length;
            if (length > Math.Max(limits.MaxFileBytes, limits.MaxTextBytes))
                return ExtractionOutcome.Failure(FailureReasons.TooLarge, $"{length:N0} bytes is over the {Math.Max(limits.MaxFileBytes, limits.MaxTextBytes):N0}-byte limit");
            content = await File.ReadAllBytesAsync(file, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ExtractionOutcome.Failure("unreadable", e.Message);
        }
        try { return await extractor.ExtractAsync(new ExtractionRequest(file, content), ct); }
        // Only an in-process extractor lets this through: the limit of the one process there is.
        catch (OutOfMemoryException e) { return ExtractionOutcome.Failure(FailureReasons.OutOfMemory, e.Message); }
    }
}
