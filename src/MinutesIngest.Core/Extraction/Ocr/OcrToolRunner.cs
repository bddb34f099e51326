using System.ComponentModel;
using System.Diagnostics;
using MinutesIngest.Core.Extraction.Guards;

namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>Runs one OCR tool to completion within a time limit, killing it (and anything it started) when it overruns.</summary>
internal static class OcrToolRunner
{
    public const string InstallHint = "install: apt-get install -y tesseract-ocr tesseract-ocr-eng poppler-utils";

    /// <summary>The tool's standard output; throws <see cref="ExtractionException"/> on a missing tool, a timeout or a failure exit.</summary>
    public static string Run(string tool, IEnumerable<string> arguments, TimeSpan timeout, string what)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        // Threaded Tesseract is slower than one process per core (the engine runs pages in parallel instead).
        start.Environment["OMP_THREAD_LIMIT"] = "1";

        using var process = new Process { StartInfo = start };
        try { process.Start(); }
        catch (Win32Exception e)
        {
            throw new ExtractionException(FailureReasons.OcrUnavailable, $"the page needs OCR but '{tool}' cannot be run ({e.Message}); {InstallHint}", e);
        }
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { /* exited meanwhile */ }
            process.WaitForExit();
            throw new ExtractionException(FailureReasons.OcrTimeout, $"{what} took longer than {timeout.TotalSeconds:0} s");
        }
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var error = stderr.Result.Trim();
            // A Tesseract without its English model fails here rather than at start.
            if (error.Contains("Failed loading language", StringComparison.Ordinal) || error.Contains("traineddata", StringComparison.Ordinal))
                throw new ExtractionException(FailureReasons.OcrUnavailable, $"{what}: Tesseract has no language data ({FirstLine(error)}); {InstallHint}");
            throw new ExtractionException(FailureReasons.OcrFailed, $"{what}: {Path.GetFileName(tool)} exited with {process.ExitCode}: {FirstLine(error)}");
        }
        return stdout.Result;
    }

    private static string FirstLine(string s)
    {
        var line = s.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return line.Length > 200 ? line[..200] : line;
    }
}
