namespace MinutesIngest.Core.Profiling;

/// <summary>The stages a profile reports, named once so the timing sites and the report agree.</summary>
public static class StageNames
{
    public const string WorkerStart = "worker: process start to first instruction (runtime, host, command line)";
    public const string WorkerJit = "worker: JIT compilation (all threads)";
    public const string WorkerGcPause = "worker: GC pauses";
    public const string WorkerWaiting = "worker: waiting for and reading requests";
    public const string WorkerReplySerialise = "worker: reply JSON serialise";
    public const string WorkerReplyWrite = "worker: reply write to pipe";
    public const string SuggestionModelLoad = "worker: load suggested-action model";
    public const string LineRoleModelLoad = "worker: load line-role model (inside parse)";
    public const string WorkerCpu = "worker: CPU time, user and system (count: methods JIT-compiled)";
    public const string WorkerLifetime = "worker: lifetime (wall)";
    public const string PdfOpen = "pdf: PdfPig open";
    public const string PdfPages = "pdf: PdfPig page parse and letters";
    public const string PdfLines = "pdf: words and lines from letters";
    public const string PdfChecks = "pdf: text layer and OCR checks";
    public const string PdfRules = "pdf: table rules from paths";
    public const string PdfLayout = "pdf: block building (layout)";
    public const string OtherFormats = "read: non-PDF formats";
    public const string Parse = "parse: minutes parser";
    public const string Triage = "parse: triage and body";
    public const string IngestRead = "ingest: sniff, read and hash files";
    public const string IngestRoundTrip = "ingest: worker round trip (send, extract, answer)";
    public const string IngestReplyDeserialise = "ingest: reply JSON deserialise";
    public const string StoreBatch = "store: COPY and move batches";
    public const string StoreTwins = "store: merge copies of one meeting";
    public const string StorePostings = "store: word postings";
    public const string StoreFollow = "store: open-action candidates";
}
