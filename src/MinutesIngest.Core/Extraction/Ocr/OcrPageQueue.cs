using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>
/// The one queue every OCR job of the process goes through, served first come first served by one worker thread per
/// core: each job runs one single-threaded Tesseract, so the cores stay busy with the pages of all documents being
/// read at once, never more Tesseracts than cores, and a document's pages run side by side when nothing else waits.
/// </summary>
internal static class OcrPageQueue
{
    private static readonly BlockingCollection<Action> Jobs = new();
    private static readonly Lazy<Thread[]> Workers = new(StartWorkers);
    private static int _threads = Environment.ProcessorCount;

    /// <summary>How many Tesseracts run at once; fixed when the first page is queued (one command's settings per process).</summary>
    public static int Threads => Workers.IsValueCreated ? Workers.Value.Length : _threads;

    /// <summary>Caps the Tesseracts run at once at <paramref name="processes"/> (at least one); no effect once pages have been queued.</summary>
    public static void LimitTo(int processes)
    {
        if (!Workers.IsValueCreated) _threads = Math.Clamp(processes, 1, Environment.ProcessorCount);
    }

    /// <summary>Queues the job; the task completes with its result or its exception.</summary>
    public static Task<T> Run<T>(Func<T> job)
    {
        _ = Workers.Value;
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Jobs.Add(() =>
        {
            try { done.SetResult(job()); }
            catch (Exception e) { done.SetException(e); }
        });
        return done.Task;
    }

    /// <summary>
    /// Runs the jobs and waits for all of them (so their temporary files are free to remove), then returns the results
    /// in order or throws the first failed job's exception as it was thrown.
    /// </summary>
    public static T[] RunAll<T>(IReadOnlyList<Func<T>> jobs)
    {
        var tasks = jobs.Select(Run).ToArray();
        try { Task.WaitAll(tasks); }
        catch (AggregateException)
        {
            ExceptionDispatchInfo.Capture(tasks.First(t => t.IsFaulted).Exception!.InnerException!).Throw();
        }
        return tasks.Select(t => t.Result).ToArray();
    }

    private static Thread[] StartWorkers()
    {
        // Threads of their own, not the thread pool's: each spends its life waiting on a Tesseract process, and
        // blocked pool threads would starve the rest of the program.
        var workers = new Thread[_threads];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = new Thread(() => { foreach (var job in Jobs.GetConsumingEnumerable()) job(); })
            {
                IsBackground = true,
                Name = "ocr-" + i,
            };
            workers[i].Start();
        }
        return workers;
    }
}
