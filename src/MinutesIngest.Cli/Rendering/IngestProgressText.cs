using MinutesIngest.Ingest.Pipeline;

namespace MinutesIngest.Cli.Rendering;

/// <summary>The one-line progress text shared by the terminal and plain displays.</summary>
internal static class IngestProgressText
{
    private const int FileNameWidth = 60;

    public static string Describe(IngestProgress p)
    {
        var eta = p.Remaining is { } left && p.Done < p.Total ? $", ETA {Duration(left)}" : "";
        var current = p.CurrentFile is { } file && p.Done < p.Total ? $", reading {Shorten(file)}" : "";
        return $"{p.Done}/{p.Total} files, {p.FilesPerSecond:0.0} docs/s{eta}{current}";
    }

    public static string Duration(TimeSpan t) =>
        t.TotalHours >= 1 ? $"{(int)t.TotalHours}h{t.Minutes:00}m" : t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes}m{t.Seconds:00}s" : $"{t.TotalSeconds:0.0}s";

    // The end of a path names the file; its start is the folder given on the command line.
    public static string Shorten(string path) => path.Length <= FileNameWidth ? path : "…" + path[^(FileNameWidth - 1)..];
}
