using System.Text;
using System.Text.RegularExpressions;

namespace MinutesIngest.Ingest.Pipeline;

/// <summary>
/// A PDF's page count read from the bytes of its page tree root (<c>/Type /Pages … /Count N</c>) in the file's first and
/// last 64 KB, without a parser: the ingest never parses in its own process (a hostile file must only cost a worker), and
/// a count for the progress estimate is not worth reading the whole file. Null when the root is not found there (inside a
/// compressed object stream, say): the estimate then uses the file's bytes.
/// </summary>
public static partial class PdfPageCount
{
    private const int Window = 64 * 1024;
    // Any count above this is a damaged or hostile number, not pages.
    private const int MostPages = 1_000_000;

    public static int? Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var head = new byte[(int)Math.Min(Window, stream.Length)];
            stream.ReadExactly(head);
            if (!head.AsSpan().StartsWith("%PDF-"u8)) return null;
            var tail = Array.Empty<byte>();
            if (stream.Length > Window)
            {
                stream.Seek(Math.Max(Window, stream.Length - Window), SeekOrigin.Begin);
                tail = new byte[stream.Length - stream.Position];
                stream.ReadExactly(tail);
            }
            var counts = new[] { Largest(head), Largest(tail) }.OfType<int>().ToList();
            return counts.Count == 0 ? null : counts.Max();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>The largest page count of a page tree node in the bytes (the root counts every page below it).</summary>
    public static int? Largest(ReadOnlySpan<byte> bytes)
    {
        // Latin-1 keeps one character per byte, so binary stream data cannot break the match.
        var text = Encoding.Latin1.GetString(bytes);
        int? largest = null;
        foreach (Match m in PagesNode().Matches(text))
            if (int.TryParse(m.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and <= MostPages)
                largest = Math.Max(largest ?? 0, n);
        return largest;
    }

    // One dictionary (no nested "<<" or ">>" between the two keys, which may come in either order), bounded in length.
    [GeneratedRegex(@"/Type\s*/Pages(?![A-Za-z])(?:(?!<<|>>)[\s\S]){0,400}?/Count\s+(?<count>\d{1,7})|/Count\s+(?<count>\d{1,7})(?:(?!<<|>>)[\s\S]){0,400}?/Type\s*/Pages(?![A-Za-z])", RegexOptions.None, 1000)]
    private static partial Regex PagesNode();
}
