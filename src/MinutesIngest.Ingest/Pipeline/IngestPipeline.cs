using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.Channels;
using MinutesIngest.Core.Extraction;
using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Core.Parsing;
using MinutesIngest.Ingest.Triage;
using MinutesIngest.Storage.Indexing;
using MinutesIngest.Storage.Twins;
using MinutesIngest.Storage.Writing;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage;
using MinutesIngest.Core.Profiling;

namespace MinutesIngest.Ingest.Pipeline;

/// <summary>Ingests files: parallel hashing and extraction feeding one batching writer through a bounded channel.</summary>
public sealed class IngestPipeline(MinutesDatabase database, IMinutesFileExtractor extractor, IngestOptions? options = null, IIngestObserver? observer = null)
{
    private readonly IngestOptions _options = options ?? new IngestOptions();

    /// <summary>Gives every file a final outcome; throws only when the database itself fails (committed documents stay).</summary>
    public async Task<IngestReport> RunAsync(IReadOnlyList<string> files, CancellationToken cancellationToken = default)
    {
        StoredDocumentIndex index;
        await using (var connection = await database.OpenConnectionAsync(cancellationToken))
            index = await StoredDocumentIndex.LoadAsync(connection, cancellationToken);

        var startedAt = DateTimeOffset.UtcNow;
        var tally = new RunTally(files, observer);
        observer?.Started(files.Count);
        // Ctrl-C stops extraction at once (documents being read are abandoned); the writer commits what is already
        // extracted for at most InterruptDrain, so the run ends within seconds whatever the queue holds.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var abandon = new CancellationTokenSource();
        await using var drainLimit = cancellationToken.Register(() => abandon.CancelAfter(_options.InterruptDrain));

        var paths = Channel.CreateBounded<string>(Math.Max(1, _options.Parallelism * 2));
        var extracted = Channel.CreateBounded<DocumentToStore>(new BoundedChannelOptions(Math.Max(1, _options.PendingDocuments)) { SingleReader = true });

        var feeder = FeedAsync(files, paths.Writer, stop.Token);
        var workers = Enumerable.Range(0, Math.Max(1, _options.Parallelism))
            .Select(_ => Task.Run(() => ExtractAsync(index, paths.Reader, extracted.Writer, tally, stop.Token), stop.Token))
            .ToArray();
        var extractionDone = Task.WhenAll(workers).ContinueWith(t => extracted.Writer.TryComplete(t.Exception), TaskScheduler.Default);

        try
        {
            await WriteAsync(extracted.Reader, tally, cancellationToken, abandon.Token);
        }
        catch (Exception e) when (e is OperationCanceledException && cancellationToken.IsCancellationRequested || abandon.IsCancellationRequested)
        {
            // The drain limit passed mid-batch (a cancelled command can surface as a broken connection): that batch rolled back, everything committed before it stays.
        }
        catch
        {
            // The writer failed (database gone): stop extraction rather than fill a channel nobody drains.
            await stop.CancelAsync();
            throw;
        }
        finally
        {
            await stop.CancelAsync();
            // A document read in process may not notice the cancellation soon; the run does not wait for it.
            var extraction = Task.WhenAll(feeder, extractionDone).ContinueWith(_ => { }, TaskScheduler.Default);
            if (cancellationToken.IsCancellationRequested) await Task.WhenAny(extraction, Task.Delay(_options.InterruptDrain, CancellationToken.None));
            else await extraction;
        }
        if (cancellationToken.IsCancellationRequested) return await RecordInterruptedAsync(startedAt, tally);
        await Task.WhenAll(workers);
        // Once per run, not per batch: a few large set-based steps cost far less than many small merges.
        var indexing = Stopwatch.StartNew();
        long indexed;
        int merged;
        try
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            // Copies of one meeting are merged before indexing, so the merged-away meetings are never counted.
            using (StageClock.Time(StageNames.StoreTwins))
                merged = _options.MergeCopies ? await MeetingTwinMerger.MergeAsync(connection, cancellationToken) : 0;
            using (StageClock.Time(StageNames.StorePostings))
                indexed = await MeetingTermIndex.UpdateAsync(connection, cancellationToken);
            using (StageClock.Time(StageNames.StoreFollow))
                await ActionFollowIndex.UpdateAsync(connection, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Every file is stored; the postings catch up at the next run (trends read unindexed meetings directly, action
            // lists the actions of pending series).
            return await RecordInterruptedAsync(startedAt, tally);
        }
        var report = tally.ToReport() with { MeetingsIndexed = indexed, IndexingTime = indexing.Elapsed, TwinsMerged = merged };
        await IngestRunRecorder.RecordAsync(database, startedAt, report, CancellationToken.None);
        return report;
    }

    // Interrupted (Ctrl-C): what is committed stays; the run is recorded so a rerun can be told apart from it.
    private async Task<IngestReport> RecordInterruptedAsync(DateTimeOffset startedAt, RunTally tally)
    {
        var interrupted = tally.ToReport() with { Interrupted = true };
        await IngestRunRecorder.RecordAsync(database, startedAt, interrupted, CancellationToken.None);
        return interrupted;
    }

    private static async Task FeedAsync(IReadOnlyList<string> files, ChannelWriter<string> paths, CancellationToken ct)
    {
        try { foreach (var file in files) await paths.WriteAsync(file, ct); }
        finally { paths.TryComplete(); }
    }

    private async Task ExtractAsync(StoredDocumentIndex index, ChannelReader<string> paths, ChannelWriter<DocumentToStore> output, RunTally tally, CancellationToken ct)
    {
        await foreach (var path in paths.ReadAllAsync(ct))
        {
            var known = index.Find(path);
            tally.Start(path);
            var document = await PrepareAsync(path, known, ct);
            tally.Read(path);
            if (document == null)
            {
                tally.Finish(Unwritten(path, known));
                continue;
            }
            await output.WriteAsync(document, ct);
        }
    }

    // A file left as it is: unchanged (a failure recorded earlier stays a failure, not a skip) or, in a reparse, gone.
    private FileResult Unwritten(string path, StoredDocument? known) =>
        !_options.SkipUnchanged ? new FileResult(path, FileOutcome.Missing)
        : known is { Status: "failed" } ? new FileResult(path, FileOutcome.Failed, known.ErrorReason ?? FailureReasons.Unknown, known.ErrorMessage) { FromEarlierRun = true }
        : new FileResult(path, FileOutcome.Skipped);

    // Returns null when the file needs no writing: unchanged, or (reparse) no longer on disk.
    private async Task<DocumentToStore?> PrepareAsync(string path, StoredDocument? known, CancellationToken ct)
    {
        var replaces = known != null;
        if (!_options.SkipUnchanged && known != null && !File.Exists(path)) return null;
        var readingFrom = Stopwatch.GetTimestamp();
        try
        {
            var size = new FileInfo(path).Length;
            var cap = _options.Limits.MaxBytesFor(await SniffHeadAsync(path, ct));
            if (size > cap)
            {
                // Hashed as a stream so the file is identified (and skipped next time) without ever being held whole.
                await using var stream = File.OpenRead(path);
                var bigHash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
                if (IsUnchanged(known, bigHash)) return null;
                return new DocumentToStore(path, bigHash, size, ExtractionOutcome.Failure(FailureReasons.TooLarge,
                    $"{size:N0} bytes is over the {cap:N0}-byte limit for its kind"), replaces);
            }
            var bytes = await File.ReadAllBytesAsync(path, ct);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (IsUnchanged(known, hash)) return null;
            StageClock.Add(StageNames.IngestRead, Stopwatch.GetElapsedTime(readingFrom));
            var outcome = await extractor.ExtractAsync(new ExtractionRequest(path, bytes), ct);
            return new DocumentToStore(path, hash, bytes.LongLength, outcome, replaces) { SetAside = IsSetAside(outcome), FallbackBody = _options.BodyForPath?.Invoke(path) };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new DocumentToStore(path, null, 0, ExtractionOutcome.Failure(FailureReasons.Unreadable, e.Message), replaces);
        }
    }

    // Only the magic bytes at the head are looked at here; parsing happens in the extractor (a worker process).
    private static async Task<FileKind> SniffHeadAsync(string path, CancellationToken ct)
    {
        var head = new byte[4096];
        await using var stream = File.OpenRead(path);
        var n = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        return FileKindSniffer.Sniff(head.AsSpan(0, n), path);
    }

    // A failure recorded by older extraction rules gets another chance, and so does a document set aside when the run
    // includes all; anything else with the same bytes is done.
    private bool IsUnchanged(StoredDocument? known, string hash) =>
        _options.SkipUnchanged && known != null && known.Sha256 == hash
        && (known.Status == "stored" || (known.Status == "not_minutes" && !_options.IncludeAll)
            || (known.Status == "failed" && !_options.RetryFailed && known.ParserVersion >= ParserVersion.Current));

    // Only minutes become meetings, unless the importer asked for everything. A document triage could not class
    // (a worker of an older build) is kept: dropping minutes costs more than storing a stray paper.
    private bool IsSetAside(ExtractionOutcome outcome) =>
        !_options.IncludeAll && outcome.Succeeded && outcome.DocumentClass is { } c && c != DocumentClassCodes.Minutes;

    // Interrupted: goes on while documents are ready (extraction has stopped, so the queue only shrinks) until abandoned.
    private async Task WriteAsync(ChannelReader<DocumentToStore> input, RunTally tally, CancellationToken interrupt, CancellationToken abandon)
    {
        await using var writer = await DocumentBatchWriter.OpenAsync(database, abandon);
        var batch = new List<DocumentToStore>(_options.BatchSize);
        while (await ReadyAsync(input, interrupt))
        {
            // Take what is ready, up to a batch, and wait a moment for more: a transaction costs the database a dozen
            // statements whatever its size, and a batch per document spent that on every file.
            await FillAsync(input, batch, interrupt);
            IReadOnlyList<FileResult> results;
            using (StageClock.Time(StageNames.StoreBatch)) results = await writer.WriteAsync(batch, abandon);
            foreach (var result in results) tally.Finish(result);
            batch.Clear();
        }
    }

    private async Task FillAsync(ChannelReader<DocumentToStore> input, List<DocumentToStore> batch, CancellationToken interrupt)
    {
        var started = Stopwatch.GetTimestamp();
        while (batch.Count < _options.BatchSize)
        {
            if (input.TryRead(out var document)) { batch.Add(document); continue; }
            var left = _options.BatchLinger - Stopwatch.GetElapsedTime(started);
            if (left <= TimeSpan.Zero || interrupt.IsCancellationRequested) return;
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(interrupt);
            wait.CancelAfter(left);
            try { if (!await input.WaitToReadAsync(wait.Token)) return; }
            catch (OperationCanceledException) { return; }
        }
    }

    private static async Task<bool> ReadyAsync(ChannelReader<DocumentToStore> input, CancellationToken interrupt)
    {
        if (interrupt.IsCancellationRequested) return input.TryPeek(out _);
        try { return await input.WaitToReadAsync(interrupt); }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested) { return input.TryPeek(out _); }
    }

    /// <summary>Collects outcomes from the worker and writer threads and forwards them to the observer one at a time.</summary>
    private sealed class RunTally(IReadOnlyList<string> files, IIngestObserver? observer)
    {
        private readonly Lock _lock = new();
        private readonly List<FileResult> _results = new(files.Count);
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly WorkEstimate _work = new(files);

        public void Start(string path)
        {
            lock (_lock)
            {
                _work.Start(path);
                observer?.FileStarted(path, Progress());
            }
        }

        // Read but perhaps waiting for the writer: no longer the file the run is reading.
        public void Read(string path)
        {
            lock (_lock) _work.StopReading(path);
        }

        public void Finish(FileResult result)
        {
            lock (_lock)
            {
                _results.Add(result);
                _work.Finish(result);
                observer?.FileFinished(result, Progress());
            }
        }

        private IngestProgress Progress() =>
            new(_results.Count, files.Count, _clock.Elapsed) { Remaining = _work.Remaining(_clock.Elapsed), CurrentFile = _work.Oldest };

        public IngestReport ToReport()
        {
            lock (_lock) return new IngestReport(_results.ToList(), _clock.Elapsed) { Planned = files.Count };
        }
    }
}
