using System.Diagnostics;
using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Core.Parsing.Suggestions;

namespace MinutesIngest.Storage.Ingest.Workers;

/// <summary>The worker side: reads requests from the ingest until it closes the pipe, extracts each, and answers.</summary>
/// <remarks>
/// This is the only place untrusted bytes are parsed during an ingest. Whatever a parser does, the worker either
/// answers with an outcome or dies; the supervisor turns a death into a reason code and starts another worker.
/// </remarks>
public static class ExtractionWorker
{
    /// <summary>Serves requests on the given streams; returns the exit code. With <paramref name="commitments"/>, records carry suggested actions.</summary>
    public static int Run(Stream input, Stream output, InputLimits limits, int? parentProcessId, ICommitmentClassifier? commitments = null,
        Core.Parsing.Pipeline.ILineRoleAdvisor? lineRoles = null)
    {
        if (parentProcessId is { } parent) WatchParent(parent);
        var extractor = new InProcessMinutesFileExtractor(limits, commitments, lineRoles);
        while (true)
        {
            var request = WorkerProtocol.ReadRequest(input);
            if (request is not var (name, content)) return 0;
            ExtractionOutcome outcome;
            try
            {
                outcome = extractor.Extract(new ExtractionRequest(name, content));
            }
            catch (OutOfMemoryException e)
            {
                // The heap is at its cap: answer, then exit so the supervisor starts a clean worker.
                content = [];
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
