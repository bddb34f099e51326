using System.IO.Compression;
using System.Text;

namespace MinutesIngest.Core.Extraction.Guards;

/// <summary>Inspects a DOCX's zip directory and inflates every part through a capped stream before the Open XML SDK sees it.</summary>
/// <remarks>
/// The zip directory can lie about sizes, so declared sizes are checked first (cheap) and then every part is
/// actually inflated through a counting stream that stops at the smaller of its declared size and the caps.
/// XML parts are also scanned for a DOCTYPE: Office Open XML forbids DTDs, and one in a package is an attack.
/// </remarks>
public static class DocxPackageInspector
{
    private const int DoctypeScanBytes = 4096;

    /// <summary>Throws <see cref="ExtractionException"/> (bomb, corrupt) when the package is not safe to open.</summary>
    public static void Inspect(byte[] content, InputLimits limits)
    {
        ZipArchive zip;
        try { zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read); }
        catch (InvalidDataException e) { throw new ExtractionException(FailureReasons.Corrupt, "not a readable zip package: " + e.Message, e); }

        using (zip)
        {
            var entries = ReadDirectory(zip);
            if (entries.Count > limits.MaxZipEntries)
                throw new ExtractionException(FailureReasons.Bomb, $"the package has {entries.Count:N0} entries (limit {limits.MaxZipEntries:N0})");
            long declaredTotal = 0;
            foreach (var entry in entries)
            {
                CheckDeclared(entry, limits);
                declaredTotal += entry.Length;
            }
            if (declaredTotal > limits.MaxZipTotalBytes)
                throw new ExtractionException(FailureReasons.Bomb, $"the package declares {declaredTotal:N0} bytes decompressed (limit {limits.MaxZipTotalBytes:N0})");

            long actualTotal = 0;
            foreach (var entry in entries) actualTotal += Inflate(entry, limits, limits.MaxZipTotalBytes - actualTotal);
        }
    }

    private static IReadOnlyList<ZipArchiveEntry> ReadDirectory(ZipArchive zip)
    {
        try { return zip.Entries; }
        catch (InvalidDataException e) { throw new ExtractionException(FailureReasons.Corrupt, "the zip directory is damaged: " + e.Message, e); }
    }

    private static void CheckDeclared(ZipArchiveEntry entry, InputLimits limits)
    {
        // Deflate never grows data by more than a few bytes per block, so more compressed bytes than that means the
        // declared size is a lie (readers trusting it would stop early; others would inflate without bound).
        if (entry.CompressedLength > entry.Length + entry.Length / 1000 + 1024)
            throw new ExtractionException(FailureReasons.Bomb,
                $"part {entry.FullName} declares {entry.Length:N0} bytes decompressed but holds {entry.CompressedLength:N0} compressed bytes");
        if (entry.Length > limits.MaxZipEntryBytes)
            throw new ExtractionException(FailureReasons.Bomb, $"part {entry.FullName} declares {entry.Length:N0} bytes decompressed (limit {limits.MaxZipEntryBytes:N0})");
        if (entry.Length >= limits.RatioCheckedFromBytes && entry.Length > limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            throw new ExtractionException(FailureReasons.Bomb,
                $"part {entry.FullName} compresses {entry.Length / (double)Math.Max(1, entry.CompressedLength):N0}:1 (limit {limits.MaxCompressionRatio:N0}:1)");
    }

    // Returns the bytes the part really inflates to; a part that inflates past its declared size or a cap is a bomb.
    private static long Inflate(ZipArchiveEntry entry, InputLimits limits, long totalLeft)
    {
        var cap = Math.Min(Math.Min(entry.Length, limits.MaxZipEntryBytes), totalLeft);
        try
        {
            using var stream = new CappedReadStream(entry.Open(), cap, read => new ExtractionException(FailureReasons.Bomb,
                $"part {entry.FullName} inflates past {cap:N0} bytes (declared {entry.Length:N0})"));
            var buffer = new byte[81920];
            var head = new MemoryStream();
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
                if (head.Length < DoctypeScanBytes) head.Write(buffer, 0, (int)Math.Min(n, DoctypeScanBytes - head.Length));
            if (IsXml(entry.FullName) && HasDoctype(head.ToArray()))
                throw new ExtractionException(FailureReasons.Corrupt, $"part {entry.FullName} carries a DTD, which Office Open XML forbids");
            return stream.BytesRead;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw new ExtractionException(FailureReasons.Corrupt, $"part {entry.FullName} cannot be decompressed: {e.Message}", e);
        }
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    // UTF-16 parts are read as UTF-16 so the marker is not missed between NUL bytes.
    private static bool HasDoctype(byte[] head)
    {
        var encoding = head is [0xFF, 0xFE, ..] or [_, 0, ..] ? Encoding.Unicode
            : head is [0xFE, 0xFF, ..] or [0, _, ..] ? Encoding.BigEndianUnicode
            : Encoding.UTF8;
        var text = encoding.GetString(head);
        return text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || text.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase);
    }
}
