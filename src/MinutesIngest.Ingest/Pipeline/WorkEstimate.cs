using MinutesIngest.Storage.Writing;
namespace MinutesIngest.Ingest.Pipeline;

/// <summary>
/// Time left in a run, from how long each kind of file took per byte so far and how many bytes of each kind are left.
/// Counting files misleads: one scanned PDF costs as much as hundreds of HTML pages, so the first estimate of a run that
/// opened with scans was several times the real time. Pages of unread files are unknown, but bytes are, and a kind's
/// cost per byte is stable enough (a scan's pages are big images, a text PDF's pages small).
/// </summary>
public sealed class WorkEstimate
{
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTime> _inFlight = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (double Seconds, long Bytes)> _costByKind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _bytesLeftByKind = new(StringComparer.Ordinal);
    private double _extractionSeconds;

    /// <summary>Reads the size of every file (a missing one counts as empty).</summary>
    public WorkEstimate(IEnumerable<string> files)
        : this(files.Distinct(StringComparer.Ordinal).Select(f => (f, SizeOf(f))))
    {
    }

    /// <summary>Files with their sizes, as given.</summary>
    public WorkEstimate(IEnumerable<(string Path, long Bytes)> files)
    {
        foreach (var (path, bytes) in files)
        {
            if (!_bytes.TryAdd(path, bytes)) continue;
            _bytesLeftByKind[KindOf(path)] = _bytesLeftByKind.GetValueOrDefault(KindOf(path)) + bytes;
        }
    }

    /// <summary>The file being read the longest, or null.</summary>
    public string? Oldest => _inFlight.Count == 0 ? null : _inFlight.MinBy(p => p.Value).Key;

    public void Start(string path) => _inFlight.TryAdd(path, DateTime.UtcNow);

    public void StopReading(string path) => _inFlight.Remove(path);

    public void Finish(FileResult result)
    {
        _inFlight.Remove(result.Path);
        if (!_bytes.Remove(result.Path, out var bytes)) return;
        var kind = KindOf(result.Path);
        _bytesLeftByKind[kind] -= bytes;
        // Only files actually read teach the cost: a skipped file took no reading.
        if (result.ExtractionTime is not { } time) return;
        var cost = _costByKind.GetValueOrDefault(kind);
        _costByKind[kind] = (cost.Seconds + time.TotalSeconds, cost.Bytes + bytes);
        _extractionSeconds += time.TotalSeconds;
    }

    /// <summary>Wall-clock time left: the reading time the remaining bytes need at each kind's rate (the overall rate for a
    /// kind not seen yet), scaled by how wall-clock time has compared with reading time so far (parallel workers, storing).</summary>
    public TimeSpan? Remaining(TimeSpan elapsed)
    {
        var seenBytes = _costByKind.Values.Sum(c => c.Bytes);
        if (_extractionSeconds <= 0 || seenBytes <= 0) return null;
        var overallRate = _extractionSeconds / seenBytes;
        var readingLeft = 0.0;
        foreach (var (kind, bytes) in _bytesLeftByKind)
        {
            var rate = _costByKind.TryGetValue(kind, out var c) && c.Bytes > 0 && c.Seconds > 0 ? c.Seconds / c.Bytes : overallRate;
            readingLeft += Math.Max(0, bytes) * rate;
        }
        return TimeSpan.FromSeconds(readingLeft * elapsed.TotalSeconds / _extractionSeconds);
    }

    // The extension stands for the kind here: sniffing every file's bytes up front would cost a read per file.
    private static string KindOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".htm" or ".html" or ".xhtml" => ".html",
        ".jpg" or ".jpeg" or ".png" or ".tif" or ".tiff" => "image",
        ".txt" or ".md" or ".markdown" => ".txt",
        var e => e,
    };

    private static long SizeOf(string path)
    {
        try { return new FileInfo(path).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException) { return 0; }
    }
}
