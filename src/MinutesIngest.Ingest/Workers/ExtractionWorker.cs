using System.Diagnostics;
using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Core.Parsing.Suggestions;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Profiling;
using MinutesIngest.Ingest.Pipeline;

namespace MinutesIngest.Ingest.Workers;

/// <summary>The worker side: reads requests from the ingest until it closes the pipe, extracts each, and answers.</summary>
/// <remarks>
/// This is the only place untrusted bytes are parsed during an ingest. Whatever a parser does, the worker either
/// answers with an outcome or dies; the supervisor turns a death into a reason code and starts another worker.
/// </remarks>
public static class ExtractionWorker
{
    /// <summary>Reads its settings from the handshake, then serves requests on the given streams; returns the exit code.</summary>
    /// <param name="input">Where the handshake and the requests arrive.</param>
    /// <param name="output">Where the replies go.</param>
    /// <param name="parentProcessId">The ingest's process; the worker exits when it is gone.</param>
    /// <param name="commitments">Loads the suggested-action classifier, called only when the settings ask for suggestions.</param>
    /// <param name="lineRoles">The learned line-role advisor, used when the settings ask for it (it loads its model on first use).</param>
    public static int Run(Stream input, Stream output, int? parentProcessId, Func<ICommitmentClassifier>? commitments = null,
        Core.Parsing.Pipeline.ILineRoleAdvisor? lineRoles = null)
    {
        var lifetime = Stopwatch.StartNew();
        using (var self = Process.GetCurrentProcess()) StageClock.Add(StageNames.WorkerStart, DateTime.Now - self.StartTime);
        try { return Serve(input, output, parentProcessId, commitments, lineRoles); }
        finally
        {
            StageClock.Add(StageNames.WorkerJit, System.Runtime.JitInfo.GetCompilationTime());
            StageClock.Add(StageNames.WorkerGcPause, GC.GetTotalPauseDuration());
            StageClock.Add(StageNames.WorkerLifetime, lifetime.Elapsed);
            // On a loaded machine wall-clock stages stretch with the queue for a core; CPU time does not.
            using (var self = Process.GetCurrentProcess())
                StageClock.Add(StageNames.WorkerCpu, self.TotalProcessorTime, (int)System.Runtime.JitInfo.GetCompiledMethodCount());
            WorkerProfileFile.WriteIfAsked();
        }
    }

    private static int Serve(Stream input, Stream output, int? parentProcessId, Func<ICommitmentClassifier>? commitments,
        Core.Parsing.Pipeline.ILineRoleAdvisor? lineRoles)
    {
        if (parentProcessId is { } parent) WatchParent(parent);
        var settings = WorkerProtocol.ReadHandshake(input);
        var extractor = new InProcessMinutesFileExtractor(settings, settings.SuggestedActions ? commitments?.Invoke() : null,
            settings.LearnedLineRoles ? lineRoles : null);
        while (true)
        {
            ExtractionRequest? request;
            using (StageClock.Time(StageNames.WorkerWaiting)) request = WorkerProtocol.ReadRequest(input);
            if (request == null) return 0;
            ExtractionOutcome outcome;
            try
            {
                outcome = extractor.Extract(request);
            }
            catch (OutOfMemoryException e)
            {
                // The heap is at its cap: answer, then exit so the supervisor starts a clean worker.
                request = null;
                WorkerProtocol.WriteReply(output, ExtractionOutcome.Failure(FailureReasons.OutOfMemory, "the worker reached its memory cap: " + e.Message));
                return 3;
            }
            WorkerProtocol.WriteReply(output, outcome);
        }
    }

    // A worker whose ingest was killed (SIGKILL leaves no chance to clean up) must not parse on alone.
    private static void WatchParent(int parentProcessId)
    {
        var thread = new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(1000);
                if (IsGone(parentProcessId)) Environment.Exit(4);
            }
        }) { IsBackground = true, Name = "parent watch" };
        thread.Start();
    }

    private static bool IsGone(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return process.HasExited;
        }
        catch (ArgumentException) { return true; }
        catch (InvalidOperationException) { return true; }
    }
}
