using MinutesIngest.Core;
using System.Diagnostics;
using System.Globalization;
using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Ingest.Pipeline;

namespace MinutesIngest.Ingest.Workers;

/// <summary>One running worker: sends it a document, waits for the answer within the time limit, watches its memory.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private const int StderrLinesKept = 20;
    private static readonly TimeSpan MemoryPollInterval = TimeSpan.FromMilliseconds(200);

    private readonly Process _process;
    private ExtractionSettings? _settings;
    private readonly Queue<string> _stderrTail = new();
    private readonly Lock _stderrLock = new();
    private readonly long _residentCapBytes;
    private TimeSpan _exitGrace;

    private WorkerProcess(Process process, long residentCapBytes)
    {
        _process = process;
        _residentCapBytes = residentCapBytes;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data == null) return;
            lock (_stderrLock)
            {
                _stderrTail.Enqueue(e.Data);
                if (_stderrTail.Count > StderrLinesKept) _stderrTail.Dequeue();
            }
        };
        process.BeginErrorReadLine();
    }

    public int Id => _process.Id;
    public int DocumentsHandled { get; private set; }
    /// <summary>Highest resident size seen while it worked.</summary>
    public long PeakResidentBytes { get; private set; }

    public static WorkerProcess Start(WorkerLaunch launch, WorkerPoolOptions options)
    {
        var info = new ProcessStartInfo(launch.FileName)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in launch.Arguments) info.ArgumentList.Add(a);
        foreach (var a in WorkerArguments(options)) info.ArgumentList.Add(a);
        // The GC reads its settings as hexadecimal numbers.
        info.Environment["DOTNET_GCHeapHardLimit"] = "0x" + options.MemoryCapBytes.ToString("X", CultureInfo.InvariantCulture);
        info.Environment["DOTNET_gcServer"] = "0";
        info.Environment["DOTNET_TieredPGO"] = "0";
        // Measured with ingest --profile on 56 PDFs: without tiering a worker JIT-compiles ~1,900 methods once, fully
        // optimised, instead of ~4,500 twice (tier 0, then tier 1 for the hot ones); worker CPU fell from 7.9 s to 5.8 s.
        // ReadyToRun code is used as it is either way.
        info.Environment["DOTNET_TieredCompilation"] = "0";
        if (options.ProfileDirectory is { } profile) info.Environment[WorkerProfileFile.DirectoryVariable] = profile;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start a worker ({launch.FileName})");
        return new WorkerProcess(process, options.MemoryCapBytes * 3 / 2)
        {
            _settings = options.Extraction,
            // A profiled worker writes its profile as it exits; on a loaded machine that can outlast the usual grace.
            _exitGrace = options.ProfileDirectory != null ? TimeSpan.FromSeconds(15) : TimeSpan.FromSeconds(2),
        };
    }

    private static IEnumerable<string> WorkerArguments(WorkerPoolOptions options)
    {
        yield return "--parent"; yield return Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The worker's answer; throws <see cref="WorkerFailure"/> (timeout, crashed, out_of_memory) when it gave none, after which it is dead.</summary>
    public async Task<ExtractionOutcome> ExtractAsync(ExtractionRequest request, TimeSpan timeout, CancellationToken ct)
    {
        DocumentsHandled++;
        var clock = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var exchange = ExchangeAsync(request, stop.Token);
        string? overrun = null;
        while (!exchange.IsCompleted)
        {
            var left = timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero) { overrun = FailureReasons.Timeout; break; }
            await Task.WhenAny(exchange, Task.Delay(left < MemoryPollInterval ? left : MemoryPollInterval, CancellationToken.None));
            if (ResidentBytes() > _residentCapBytes) { overrun = FailureReasons.OutOfMemory; break; }
            if (ct.IsCancellationRequested) break;
        }
        if (!exchange.IsCompleted)
        {
            Kill();
            await stop.CancelAsync();
            try { await exchange; } catch (Exception) { /* the kill broke the pipes; the reason is already known */ }
            ct.ThrowIfCancellationRequested();
            throw overrun == FailureReasons.Timeout
                ? new WorkerFailure(FailureReasons.Timeout, $"no answer within {timeout.TotalSeconds:0.#} s; the worker was killed")
                : new WorkerFailure(FailureReasons.OutOfMemory, $"the worker grew past {_residentCapBytes / (1024 * 1024)} MB resident; it was killed");
        }
        try
        {
            return (await exchange) with { Elapsed = clock.Elapsed };
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or InvalidDataException or System.Text.Json.JsonException or ObjectDisposedException)
        {
            ct.ThrowIfCancellationRequested();
            throw Died();
        }
    }

    private async Task<ExtractionOutcome> ExchangeAsync(ExtractionRequest request, CancellationToken ct)
    {
        // The handshake goes with the first request, so a worker that died at start fails that request like any other.
        if (_settings is { } settings)
        {
            _settings = null;
            await WorkerProtocol.WriteHandshakeAsync(_process.StandardInput.BaseStream, settings, ct);
        }
        await WorkerProtocol.WriteRequestAsync(_process.StandardInput.BaseStream, request, ct);
        return await WorkerProtocol.ReadReplyAsync(_process.StandardOutput.BaseStream, ct);
    }

    // The worker answered nothing: read how it ended from its exit and its last words on stderr.
    private WorkerFailure Died()
    {
        if (!_process.WaitForExit(2000)) Kill();
        _process.WaitForExit(); // flushes the stderr reader
        string tail;
        lock (_stderrLock) tail = string.Join(" ", _stderrTail).Trim();
        var exit = _process.HasExited ? _process.ExitCode : -1;
        var detail = tail.Length > 0 ? $": {Shorten(tail)}" : "";
        if (tail.Contains("OutOfMemory", StringComparison.OrdinalIgnoreCase) || tail.Contains("Out of memory", StringComparison.OrdinalIgnoreCase))
            return new WorkerFailure(FailureReasons.OutOfMemory, $"the worker ran out of memory (exit {exit}){detail}");
        return new WorkerFailure(FailureReasons.Crashed, $"the worker died (exit {exit}){detail}");
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private long ResidentBytes()
    {
        try
        {
            _process.Refresh();
            var bytes = _process.WorkingSet64;
            if (bytes > PeakResidentBytes) PeakResidentBytes = bytes;
            return bytes;
        }
        catch (InvalidOperationException) { return 0; }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The most memory the worker has held (the kernel's high-water mark), while it still runs.</summary>
    public long ReadPeakResident()
    {
        PeakResidentBytes = Math.Max(PeakResidentBytes, ProcessMemory.PeakResidentBytes(_process.Id));
        return PeakResidentBytes;
    }

    public void Kill()
    {
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { }
        catch (System.ComponentModel.Win32Exception) { }
    }

    /// <summary>Ends the worker gently (closing its input makes it exit), killing it if it lingers.</summary>
    public void Dispose()
    {
        try { _process.StandardInput.Close(); } catch (IOException) { }
        if (!_process.WaitForExit(_exitGrace)) Kill();
        _process.Dispose();
    }
}
