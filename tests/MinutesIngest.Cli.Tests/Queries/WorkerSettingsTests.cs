using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Cli.Tests.Queries;

/// <summary>
/// A limit given on the command line applies inside the worker processes: the settings travel whole in the worker's
/// handshake. The zip-entry cap is checked only where the DOCX is opened, which is inside a worker.
/// </summary>
public sealed class WorkerSettingsTests
{
    [Fact]
    public async Task A_zip_entry_limit_from_the_command_line_stops_a_docx_inside_a_worker()
    {
        var input = Directory.CreateTempSubdirectory("minutes-settings-");
        try
        {
            var docx = Path.Combine(input.FullName, "a.docx");
            File.Copy(Path.Combine(CorpusDatabase.Folder, "charity-oakbridge-foodbank-2025-04.docx"), docx);

            var limited = await MinutesProcess.RunAsync("extract", "--json", "--no-suggestions", "--max-zip-entries", "3", docx);
            var unlimited = await MinutesProcess.RunAsync("extract", "--json", "--no-suggestions", docx);

            Assert.Equal(1, limited.ExitCode);
            Assert.Contains("a.docx", limited.Stderr);
            Assert.Contains("bomb", limited.Stderr);
            Assert.Contains("(limit 3)", limited.Stderr);
            Assert.Equal(0, unlimited.ExitCode);
        }
        finally { input.Delete(recursive: true); }
    }
}
