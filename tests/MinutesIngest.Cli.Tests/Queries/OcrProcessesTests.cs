using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Cli.Tests.Queries;

/// <summary>
/// <c>--ocr-processes</c> reaches the worker through its handshake and caps the Tesseracts it runs at once. A stand-in
/// <c>tesseract</c> first on PATH logs when each call starts and ends, so the overlap is read from the log, not timed.
/// </summary>
public sealed class OcrProcessesTests
{
    [Fact]
    public async Task One_ocr_process_reads_the_pages_of_a_scan_one_at_a_time_inside_the_worker()
    {
        Assert.Equal(1, await MostTesseractsAtOnce("--ocr-processes", "1"));
    }

    [Fact]
    public async Task By_default_a_worker_reads_pages_side_by_side_on_every_core()
    {
        Assert.Equal(Math.Min(3, Environment.ProcessorCount), await MostTesseractsAtOnce());
    }

    // Extracts a three-page scan with the stand-in and returns how many of its calls overlapped at most.
    private static async Task<int> MostTesseractsAtOnce(params string[] options)
    {
        var folder = Directory.CreateTempSubdirectory("minutes-ocr-processes-");
        try
        {
            var log = Path.Combine(folder.FullName, "calls.log");
            var tool = Path.Combine(folder.FullName, "tesseract");
            // Empty TSV (header only) after a pause long enough that calls started together overlap in the log.
            await File.WriteAllTextAsync(tool, $"""
                #!/bin/sh
                echo "+1" >> '{log}'
                sleep 1
                echo "-1" >> '{log}'
                printf 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n'
                """.Replace("\r", ""));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var scan = Path.Combine(CorpusDatabase.Folder, "scanned", "parish-upper-wyndham-2025-09-scan.pdf");
            var path = folder.FullName + ":" + Environment.GetEnvironmentVariable("PATH");
            await MinutesProcess.RunAsync(new Dictionary<string, string> { ["PATH"] = path }, ["extract", "--json", "--no-suggestions", .. options, scan]);

            var running = 0;
            var most = 0;
            foreach (var line in await File.ReadAllLinesAsync(log))
            {
                running += int.Parse(line, System.Globalization.CultureInfo.InvariantCulture);
                most = Math.Max(most, running);
            }
            Assert.Equal(0, running);
            return most;
        }
        finally { folder.Delete(recursive: true); }
    }
}
