using MinutesIngest.Storage.Writing;
namespace MinutesIngest.Ingest.Pipeline;

/// <summary>
/// Time left in a run. Where a file's pages are known before it is read (a PDF's page tree root, <see cref="PdfPageCount"/>),
/// its cost is its pages at the seconds per page such pages have taken so far; any other file costs its bytes at the seconds
/// per byte its kind has taken. Counting files misleads: one scanned PDF costs as much as hundreds of HTML pages, so the
/// first estimate of a run that opened with scans was several times the real time. Pages are split into image pages (large
/// per page: scans, read by OCR) and text pages, whose costs differ a hundredfold.
/// </summary>
public sealed class WorkEstimate
{
    // Above this many bytes a page is mostly image (a scan at 200-300 dpi); below, text.
    private const long ImagePageBytes = 60_000;

    private readonly Dictionary<string, (long Bytes, int? Pages)> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTime> _inFlight = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (double Seconds, long Bytes)> _costByKind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _bytesLeftByKind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (double Seconds, long Pages)> _costByPageKind = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Pages, long Bytes)> _pagesLeftByPageKind = new(StringComparer.Ordinal);
    private double _extractionSeconds;

    /// <summary>Reads the size of every file (a missing one counts as empty) and the page count of PDFs where it is cheap.</summary>
    public WorkEstimate(IEnumerable<string> files)
        : this(files.Distinct(StringComparer.Ordinal).Select(f => (f, SizeOf(f), KindOf(f) == ".pdf" ? PdfPageCount.Read(f) : null)))
    {
    }

    /// <summary>Files with their sizes, as given (no pages known).</summary>
    public WorkEstimate(IEnumerable<(string Path, long Bytes)> files)
        : this(files.Select(f => (f.Path, f.Bytes, (int?)null)))
    {
    }

    /// <summary>Files with their sizes and, where known, their pages.</summary>
    public WorkEstimate(IEnumerable<(string Path, long Bytes, int? Pages)> files)
    {
        foreach (var (path, bytes, pages) in files)
        {
            var known = pages is > 0 ? pages : null;
            if (!_files.TryAdd(path, (bytes, known))) continue;
            if (known is { } n) Add(_pagesLeftByPageKind, PageKind(bytes, n), n, bytes);
            else _bytesLeftByKind[KindOf(path)] = _bytesLeftByKind.GetValueOrDefault(KindOf(path)) + bytes;
        }
    }

    /// <summary>The file being read the longest, or null.</summary>
    public string? Oldest => _inFlight.Count == 0 ? null : _inFlight.MinBy(p => p.Value).Key;

    public void Start(string path) => _inFlight.TryAdd(path, DateTime.UtcNow);

    public void StopReading(string path) => _inFlight.Remove(path);

    public void Finish(FileResult result)
    {
        _inFlight.Remove(result.Path);
        if (!_files.Remove(result.Path, out var file)) return;
        var kind = KindOf(result.Path);
        if (file.Pages is { } known) Add(_pagesLeftByPageKind, PageKind(file.Bytes, known), -known, -file.Bytes);
        else _bytesLeftByKind[kind] -= file.Bytes;
        // Only files actually read teach the cost: a skipped file took no reading.
        if (result.ExtractionTime is not { } time) return;
        var cost = _costByKind.GetValueOrDefault(kind);
        _costByKind[kind] = (cost.Seconds + time.TotalSeconds, cost.Bytes + file.Bytes);
        // The pages the extractor counted teach the page cost too, for files whose pages were not known beforehand.
        if ((file.Pages ?? result.Pages) is > 0 and var pages)
        {
            var pageKind = PageKind(file.Bytes, pages);
            var pageCost = _costByPageKind.GetValueOrDefault(pageKind);
            _costByPageKind[pageKind] = (pageCost.Seconds + time.TotalSeconds, pageCost.Pages + pages);
        }
        _extractionSeconds += time.TotalSeconds;
    }

    /// <summary>Wall-clock time left: the reading time the remaining pages and bytes need at the rates seen so far (a page kind
    /// not seen yet costs its bytes; a kind of file not seen yet, the overall rate per byte), scaled by how wall-clock time has
    /// compared with reading time so far (parallel workers, storing).</summary>
    public TimeSpan? Remaining(TimeSpan elapsed)
    {
        var seenBytes = _costByKind.Values.Sum(c => c.Bytes);
        if (_extractionSeconds <= 0 || seenBytes <= 0) return null;
        var overallRate = _extractionSeconds / seenBytes;
        double ByteRate(string kind) => _costByKind.TryGetValue(kind, out var c) && c.Bytes > 0 && c.Seconds > 0 ? c.Seconds / c.Bytes : overallRate;
        var readingLeft = 0.0;
        foreach (var (kind, bytes) in _bytesLeftByKind) readingLeft += Math.Max(0, bytes) * ByteRate(kind);
        foreach (var (pageKind, (pages, bytes)) in _pagesLeftByPageKind)
            readingLeft += _costByPageKind.TryGetValue(pageKind, out var c) && c.Pages > 0 && c.Seconds > 0
                ? Math.Max(0, pages) * c.Seconds / c.Pages
                : Math.Max(0, bytes) * ByteRate(".pdf");
        return TimeSpan.FromSeconds(readingLeft * elapsed.TotalSeconds / _extractionSeconds);
    }

    private static string PageKind(long bytes, int pages) => bytes / Math.Max(1, pages) >= ImagePageBytes ? "image pages" : "text pages";

    private static void Add(Dictionary<string, (long Pages, long Bytes)> left, string pageKind, long pages, long bytes)
    {
        var now = left.GetValueOrDefault(pageKind);
        left[pageKind] = (now.Pages + pages, now.Bytes + bytes);
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
