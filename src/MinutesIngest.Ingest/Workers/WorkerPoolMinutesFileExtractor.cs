using System.Collections.Concurrent;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Profiling;
using MinutesIngest.Ingest.Pipeline;

namespace MinutesIngest.Ingest.Workers;

/// <summary>Extracts in supervised worker processes so no parser ever runs inside the ingest: a hang, a crash or a memory
/// blow-up costs one worker and one document, recorded as timeout, crashed or out_of_memory.</summary>
/// <remarks>Workers are reused across documents (starting one costs a .NET start-up) and replaced after
/// <see cref="WorkerPoolOptions.RecycleAfter"/> documents or as soon as one fails.</remarks>
public sealed class WorkerPoolMinutesFileExtractor : IMinutesFileExtractor, IDisposable
{
    private readonly WorkerLaunch _launch;
    private readonly WorkerPoolOptions _options;
    private readonly ConcurrentBag<WorkerProcess> _idle = [];
    private readonly SemaphoreSlim _slots;
    private long _peakWorkerBytes;
    private int _started;
    private int _replaced;
    private bool _disposed;

    public WorkerPoolMinutesFileExtractor(WorkerLaunch launch, WorkerPoolOptions? options = null)
    {
        _launch = launch;
        _options = options ?? new WorkerPoolOptions();
        _slots = new SemaphoreSlim(Math.Max(1, _options.Workers));
    }

    /// <summary>Workers started so far (first starts, recycles and replacements).</summary>
    public int WorkersStarted => Volatile.Read(ref _started);
    /// <summary>Workers killed or lost because a document timed out, crashed them or broke the memory cap.</summary>
    public int WorkersReplaced => Volatile.Read(ref _replaced);
    /// <summary>Process ids of the workers waiting for a document (for diagnostics and fault tests).</summary>
    public IReadOnlyList<int> IdleWorkerIds => _idle.Select(w => w.Id).ToList();

    /// <summary>The largest resident size any worker reached (retired ones, and idle ones asked now).</summary>
    public long PeakWorkerBytes
    {
        get
        {
            foreach (var worker in _idle) RecordPeak(worker.ReadPeakResident());
            return Interlocked.Read(ref _peakWorkerBytes);
        }
    }

    public async Task<ExtractionOutcome> ExtractAsync(ExtractionRequest request, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(cancellationToken);
        WorkerProcess? worker = null;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            worker = Take();
            var outcome = await worker.ExtractAsync(request, _options.Timeout, cancellationToken);
            StageClock.Add(StageNames.IngestRoundTrip, clock.Elapsed);
            // A worker that answered out_of_memory has exited on purpose; it must not be handed out again.
            if (outcome.FailureReason == Core.Extraction.Guards.FailureReasons.OutOfMemory) Retire(worker, failed: true);
            else if (worker.DocumentsHandled >= _options.RecycleAfter) Retire(worker, failed: false);
            else _idle.Add(worker);
            worker = null;
            return outcome;
        }
        catch (WorkerFailure e)
        {
            Retire(worker!, failed: true);
            worker = null;
            // The ingest only looks at magic bytes, never parses: enough to label the row's format.
            return ExtractionOutcome.Failure(e.Reason, e.Message, SniffedFormat.Of(request.Content, request.Path)) with { Elapsed = clock.Elapsed };
        }
        finally
        {
            // Cancelled mid-document: the worker's state is unknown, so it goes.
            if (worker != null) Retire(worker, failed: false);
            _slots.Release();
        }
    }

    private WorkerProcess Take()
    {
        while (_idle.TryTake(out var idle))
        {
            if (!idle.HasExited) return idle;
            Retire(idle, failed: true);
        }
        Interlocked.Increment(ref _started);
        return WorkerProcess.Start(_launch, _options);
    }

    private void Retire(WorkerProcess worker, bool failed)
    {
        if (failed) Interlocked.Increment(ref _replaced);
        RecordPeak(worker.ReadPeakResident());
        if (failed) worker.Kill();
        worker.Dispose();
    }

    private void RecordPeak(long peak)
    {
        long seen;
        while (peak > (seen = Interlocked.Read(ref _peakWorkerBytes)) && Interlocked.CompareExchange(ref _peakWorkerBytes, peak, seen) != seen) { }
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        while (_idle.TryTake(out var worker)) Retire(worker, failed: false);
        _slots.Dispose();
    }
}
