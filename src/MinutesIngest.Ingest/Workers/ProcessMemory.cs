namespace MinutesIngest.Ingest.Workers;

/// <summary>Reads a process's peak resident size (VmHWM) from /proc; 0 where that is not available.</summary>
public static class ProcessMemory
{
    public static long PeakResidentBytes(int processId)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line["VmHWM:".Length..].Replace("kB", "").Trim(), System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        catch (FormatException) { }
        return 0;
    }
}
